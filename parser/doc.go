// Package parser turns aiogo source into a grammar.Module.
//
// Statements are parsed by participle from the struct tags of package
// grammar's nodes and of a few parse-only structs here (see stmt.go);
// expressions by a hand-written precedence-climbing parser plugged into
// participle with ParseTypeWith (expr.go), which gives Python 3.11's exact
// precedence and messages such as "unexpected newline, expected
// expression". f-strings are split into their parts at parse time.
//
// Every error leaves the package as a grammar.ErrorList of positioned messages;
// after an error the parser skips to the next top-level statement and goes
// on, so one run reports each broken statement once.
//
// The parser never checks meaning (names, types, where await may appear):
// that is codegen's job. It never panics and bounds nesting, so any input
// yields a tree or errors.
package parser
