// Package grammar defines aiogo's syntax: the token kinds, the
// indentation-aware lexer that feeds participle, the syntax tree node types
// (with the participle struct tags of the statements they can describe
// directly), string and number literal decoding, and Dump/Walk over trees.
//
// It never parses: building the participle parser, the hand-written
// expression parser and error reporting live in package parser. It never
// looks at meaning either (names, types, async rules are codegen's job), and
// it imports nothing else from aiogo.
//
// The whole grammar is written out in grammar.ebnf; parser's tests keep it
// equal to what participle builds from the struct tags.
package grammar
