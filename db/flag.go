package db

// Flag is a bool as SQLite stores it in our INTEGER 0/1 columns.
func Flag(b bool) int64 {
	if b {
		return 1
	}
	return 0
}
