// Package numbers reads numeric facts out of text in the conventions of the
// text's own language, compares facts across languages by value, says why two
// facts differ, and writes a value the way a language writes it.
package numbers
