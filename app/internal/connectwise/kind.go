package connectwise

import "psabridge/app/internal/errkind"

// Kind says what sort of failure e is, in the vocabulary both API clients share.
func (e *Error) Kind() errkind.Kind {
	switch e.Code {
	case CodeUnreachable, CodeTimeout:
		return errkind.Unreachable
	case CodeMalformedReply:
		return errkind.MalformedReply
	case CodeInvalidID:
		return errkind.NotFound
	}
	return errkind.OfStatus(e.Status)
}

// Is makes errors.Is(err, errkind.Unreachable) (or any other kind) true for e of that kind.
func (e *Error) Is(target error) bool {
	k, ok := target.(errkind.Kind)
	return ok && k == e.Kind()
}
