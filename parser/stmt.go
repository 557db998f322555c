package parser

import "github.com/aiogo-dev/aiogo/grammar"

// Parse-only statement structs for the statements whose grammar needs
// something grammar's node types cannot say in struct tags: a tuple without
// parentheses, a parameter list, decorators shared by def and class, or
// several statements on one line. Each embeds a nil grammar.Stmt only to sit
// in statement bodies; lower.go replaces every one of them by grammar nodes
// before the tree leaves the package.

// simpleLine is one line of simple statements.
//
//	simple_stmts = simple_stmt { ';' simple_stmt } [ ';' ] NEWLINE
type simpleLine struct {
	grammar.Stmt
	Stmts []simpleStmt `parser:"@@ ( ';' @@ )* ';'? Newline"`
}

// simpleStmt is a statement that fits on a line with others.
type simpleStmt interface{ grammar.Stmt }

// funcDef is a function definition.
//
//	funcdef = { '@' named_expression NEWLINE } [ 'async' ] 'def' NAME '(' params ')' [ '->' expression ] ':' suite
type funcDef struct {
	grammar.Stmt
	Pos        grammar.Pos
	Decorators []grammar.Expr `parser:"( '@' @@ Newline )*"`
	Async      bool           `parser:"@'async'? 'def'"`
	Name       string         `parser:"@Name"`
	Params     paramList      `parser:"'(' @@ ')'"`
	Returns    grammar.Expr   `parser:"( '->' @@ )?"`
	Body       []grammar.Stmt `parser:"':' ( Newline Indent @@+ Dedent | (?! 'if' | 'while' | 'for' | 'try' | 'with' | 'def' | 'class' | 'async' | '@' ) @@ )"`
}

// classDef is a class definition; its lookahead leaves decorated
// functions to funcDef.
//
//	classdef = { '@' named_expression NEWLINE } 'class' NAME [ '(' [ args ] ')' ] ':' suite
type classDef struct {
	grammar.Stmt
	Pos        grammar.Pos
	Decorators []grammar.Expr `parser:"(?= ( '@' ~Newline* Newline )* 'class' ) ( '@' @@ Newline )*"`
	Name       string         `parser:"'class' @Name"`
	Bases      argList        `parser:"( '(' @@ ')' )?"`
	Body       []grammar.Stmt `parser:"':' ( Newline Indent @@+ Dedent | (?! 'if' | 'while' | 'for' | 'try' | 'with' | 'def' | 'class' | 'async' | '@' ) @@ )"`
}

// forStmt is a for loop.
//
//	for_stmt = [ 'async' ] 'for' star_targets 'in' star_expressions ':' suite [ 'else' ':' suite ]
type forStmt struct {
	grammar.Stmt
	Pos    grammar.Pos
	Async  bool           `parser:"@'async'? 'for'"`
	Target targetList     `parser:"@@ 'in'"`
	Iter   starExprs      `parser:"@@"`
	Body   []grammar.Stmt `parser:"':' ( Newline Indent @@+ Dedent | (?! 'if' | 'while' | 'for' | 'try' | 'with' | 'def' | 'class' | 'async' | '@' ) @@ )"`
	Else   []grammar.Stmt `parser:"( 'else' ':' ( Newline Indent @@+ Dedent | (?! 'if' | 'while' | 'for' | 'try' | 'with' | 'def' | 'class' | 'async' | '@' ) @@ ) )?"`
}

// returnStmt is a return statement.
//
//	return_stmt = 'return' [ star_expressions ]
type returnStmt struct {
	grammar.Stmt
	Pos   grammar.Pos
	Value starExprs `parser:"'return' @@?"`
}

// importFrom is a from-import.
//
//	import_from = 'from' { '.' | '...' } [ dotted_name ] 'import' ( '*' | '(' names [ ',' ] ')' | names )
//	names       = NAME [ 'as' NAME ] { ',' NAME [ 'as' NAME ] }
type importFrom struct {
	grammar.Stmt
	Pos    grammar.Pos
	Dots   []string    `parser:"'from' @( '.' | '...' )*"`
	Module string      `parser:"( @Name ( @'.' @Name )* )? 'import'"`
	Star   bool        `parser:"( @'*'"`
	Names  []*fromName `parser:"| '(' @@ ( ',' @@ )* ','? ')' | @@ ( ',' @@ )* )"`
}

// fromName is one name imported by a from-import.
type fromName struct {
	Pos    grammar.Pos
	Name   string `parser:"@Name"`
	AsName string `parser:"( 'as' @Name )?"`
}

// exprStmt is every simple statement that starts with an expression:
// expression statements and the three kinds of assignment.
//
//	expr_stmt = rhs ( ':' expression [ '=' rhs ] | augassign rhs | { '=' rhs } )
//	rhs       = yield_expr | star_expressions
type exprStmt struct {
	grammar.Stmt
	Pos        grammar.Pos
	First      rhsExprs     `parser:"@@"`
	Annotation grammar.Expr `parser:"( ':' @@"`
	AnnValue   valueExprs   `parser:"( '=' @@ )?"`
	AugOp      string       `parser:"| @( '+=' | '-=' | '*=' | '/=' | '//=' | '%=' | '**=' | '@=' | '&=' | '|=' | '^=' | '>>=' | '<<=' )"`
	AugValue   valueExprs   `parser:"@@"`
	Values     []valueExprs `parser:"| ( '=' @@ )+ )?"`
}

// Expression flavours the statement grammar asks for by field type; each
// is parsed by one exprParser method (see parser.go).
type (
	starExprs  interface{ grammar.Expr } // star_expressions: a, *b, c
	rhsExprs   interface{ grammar.Expr } // yield_expr | star_expressions
	valueExprs interface{ grammar.Expr } // rhsExprs required after '=' or an augmented operator
	targetList interface{ grammar.Expr } // star_targets, stopping before 'in'
)

// paramList and argList carry a def's parameters and a class's bases.
type (
	paramList interface{ list() []*grammar.Param }
	argList   interface{ list() []*grammar.Arg }
	params    []*grammar.Param
	args      []*grammar.Arg
)

func (ps params) list() []*grammar.Param { return ps }
func (as args) list() []*grammar.Arg     { return as }
