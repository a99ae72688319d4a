//go:build windows

package console

import (
	"os"

	"golang.org/x/sys/windows"
)

// attachParentProcess is ATTACH_PARENT_PROCESS ((DWORD)-1) from wincon.h.
const attachParentProcess = ^uint32(0)

// AttachParent attaches the process to the console of the program that started it (cmd.exe,
// PowerShell, Task Scheduler's host) and points os.Stdout, os.Stderr and os.Stdin at it. It
// reports whether a console was attached; when the binary was started from Explorer there is
// none and the streams are left alone.
//
// Streams that were redirected by the caller (`psa-bridge sync > out.txt`) already hold valid
// handles; those are kept so that redirection keeps working.
//
// Call it first thing in main, before anything (a logger) keeps a reference to the old streams.
// The exit code needs nothing special: os.Exit sets it for the parent as for any process. A
// shell does not wait for a GUI-subsystem program, though: PowerShell users run
// `Start-Process -Wait -NoNewWindow psa-bridge.exe -ArgumentList ...` or
// `psa-bridge.exe sync | Out-Default` to wait for it and read $LASTEXITCODE.
func AttachParent() bool {
	// golang.org/x/sys/windows does not wrap AttachConsole; it is called once per process.
	attachConsole := windows.NewLazySystemDLL("kernel32.dll").NewProc("AttachConsole")
	if ok, _, _ := attachConsole.Call(uintptr(attachParentProcess)); ok == 0 {
		return false
	}
	rebind(&os.Stdout, windows.STD_OUTPUT_HANDLE, "CONOUT$", windows.GENERIC_WRITE)
	rebind(&os.Stderr, windows.STD_ERROR_HANDLE, "CONOUT$", windows.GENERIC_WRITE)
	rebind(&os.Stdin, windows.STD_INPUT_HANDLE, "CONIN$", windows.GENERIC_READ)
	return true
}

// rebind points *file at the attached console unless the caller redirected the stream
// (`psa-bridge sync > out.txt`): then the process started with a usable file or pipe handle,
// which is kept. A GUI-subsystem process without redirection starts with a NULL handle.
func rebind(file **os.File, std uint32, device string, access uint32) {
	if handle, err := windows.GetStdHandle(std); err == nil && handle != 0 && handle != windows.InvalidHandle {
		if kind, err := windows.GetFileType(handle); err == nil && kind != windows.FILE_TYPE_CHAR && kind != windows.FILE_TYPE_UNKNOWN {
			return
		}
	}
	name, err := windows.UTF16PtrFromString(device)
	if err != nil {
		return
	}
	handle, err := windows.CreateFile(name, access, windows.FILE_SHARE_READ|windows.FILE_SHARE_WRITE,
		nil, windows.OPEN_EXISTING, 0, 0)
	if err != nil {
		return
	}
	_ = windows.SetStdHandle(std, handle)
	*file = os.NewFile(uintptr(handle), device)
}
