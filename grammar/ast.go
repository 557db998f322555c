package grammar

import "github.com/alecthomas/participle/v2/lexer"

// Pos is a source position: file name, byte offset, 1-based line and column.
type Pos = lexer.Position

// Node is implemented by every syntax tree node. Position reports where the
// node's first token starts.
type Node interface {
	Position() Pos
}

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// Module is a whole source file.
//
//	file = { NEWLINE | stmt } EOF
type Module struct {
	Pos  Pos
	Body []Stmt
}

// ---------------------------------------------------------------------------
// Statements

// FuncDef is a function definition, possibly async and decorated.
//
//	funcdef = { '@' expr NEWLINE } ['async'] 'def' NAME '(' [params] ')' ['->' expr] ':' suite
type FuncDef struct {
	Pos        Pos
	Decorators []Expr
	Async      bool
	Name       string
	Params     []*Param
	Returns    Expr // nil without a '->' annotation
	Body       []Stmt
}

// ParamKind tells plain parameters from the starred and marker forms.
type ParamKind int

const (
	ParamNormal      ParamKind = iota // name [: ann] [= default]
	ParamVarArgs                      // *name [: ann]
	ParamKwArgs                       // **name [: ann]
	ParamKwOnlyMark                   // a bare '*': following parameters are keyword-only
	ParamPosOnlyMark                  // '/': preceding parameters are positional-only
)

// Param is one entry of a def's or lambda's parameter list.
type Param struct {
	Pos        Pos
	Kind       ParamKind
	Name       string // empty for the two marker kinds
	Annotation Expr   // nil when absent (always nil in a lambda)
	Default    Expr   // nil when absent
}

// ClassDef is a class statement.
//
//	classdef = { '@' expr NEWLINE } 'class' NAME ['(' [args] ')'] ':' suite
type ClassDef struct {
	Pos        Pos
	Decorators []Expr
	Name       string
	Bases      []*Arg // positional bases and keywords such as metaclass=
	Body       []Stmt
}

// Return is `return [expr]`.
type Return struct {
	Pos   Pos
	Value Expr // nil for a bare return
}

// If is an if statement with its elif and else branches.
//
//	if_stmt = 'if' expr ':' suite { 'elif' expr ':' suite } [ 'else' ':' suite ]
type If struct {
	Pos   Pos
	Cond  Expr    `parser:"'if' @@"`
	Body  []Stmt  `parser:"':' ( Newline Indent @@+ Dedent | (?! 'if' | 'while' | 'for' | 'try' | 'with' | 'def' | 'class' | 'async' | '@' ) @@ )"`
	Elifs []*Elif `parser:"@@*"`
	Else  []Stmt  `parser:"( 'else' ':' ( Newline Indent @@+ Dedent | (?! 'if' | 'while' | 'for' | 'try' | 'with' | 'def' | 'class' | 'async' | '@' ) @@ ) )?"` // nil without an else branch
}

// Elif is one `elif cond: body` branch.
//
//	elif = 'elif' expr ':' suite
type Elif struct {
	Pos  Pos
	Cond Expr   `parser:"'elif' @@"`
	Body []Stmt `parser:"':' ( Newline Indent @@+ Dedent | (?! 'if' | 'while' | 'for' | 'try' | 'with' | 'def' | 'class' | 'async' | '@' ) @@ )"`
}

// While is `while cond: body [else: body]`.
//
//	while_stmt = 'while' expr ':' suite [ 'else' ':' suite ]
type While struct {
	Pos  Pos
	Cond Expr   `parser:"'while' @@"`
	Body []Stmt `parser:"':' ( Newline Indent @@+ Dedent | (?! 'if' | 'while' | 'for' | 'try' | 'with' | 'def' | 'class' | 'async' | '@' ) @@ )"`
	Else []Stmt `parser:"( 'else' ':' ( Newline Indent @@+ Dedent | (?! 'if' | 'while' | 'for' | 'try' | 'with' | 'def' | 'class' | 'async' | '@' ) @@ ) )?"`
}

// For is `[async] for target in iter: body [else: body]`.
type For struct {
	Pos    Pos
	Async  bool
	Target Expr // a Name, Tuple, List, Attribute, Subscript or Starred
	Iter   Expr
	Body   []Stmt
	Else   []Stmt
}

// Break is `break`.
type Break struct {
	Pos Pos `parser:"'break'"`
}

// Continue is `continue`.
type Continue struct {
	Pos Pos `parser:"'continue'"`
}

// Pass is `pass`.
type Pass struct {
	Pos Pos `parser:"'pass'"`
}

// Try is a try statement.
//
//	try_stmt = 'try' ':' suite { handler } [ 'else' ':' suite ] [ 'finally' ':' suite ]
type Try struct {
	Pos      Pos
	Body     []Stmt           `parser:"'try' ':' ( Newline Indent @@+ Dedent | (?! 'if' | 'while' | 'for' | 'try' | 'with' | 'def' | 'class' | 'async' | '@' ) @@ )"`
	Handlers []*ExceptHandler `parser:"@@*"`
	Else     []Stmt           `parser:"( 'else' ':' ( Newline Indent @@+ Dedent | (?! 'if' | 'while' | 'for' | 'try' | 'with' | 'def' | 'class' | 'async' | '@' ) @@ ) )?"`
	Finally  []Stmt           `parser:"( 'finally' ':' ( Newline Indent @@+ Dedent | (?! 'if' | 'while' | 'for' | 'try' | 'with' | 'def' | 'class' | 'async' | '@' ) @@ ) )?"`
}

// ExceptHandler is `except[*] [type [as name]]: body`.
//
//	handler = 'except' [ '*' ] [ expr [ 'as' NAME ] ] ':' suite
type ExceptHandler struct {
	Pos  Pos
	Star bool   `parser:"'except' @'*'?"`     // except*
	Type Expr   `parser:"( @@"`               // nil for a bare except
	Name string `parser:"( 'as' @Name )? )?"` // empty without 'as'
	Body []Stmt `parser:"':' ( Newline Indent @@+ Dedent | (?! 'if' | 'while' | 'for' | 'try' | 'with' | 'def' | 'class' | 'async' | '@' ) @@ )"`
}

// Raise is `raise [exc [from cause]]`.
//
//	raise_stmt = 'raise' [ expr [ 'from' expr ] ]
type Raise struct {
	Pos   Pos
	Exc   Expr `parser:"'raise' ( @@"`      // nil for a bare re-raise
	Cause Expr `parser:"( 'from' @@ )? )?"` // nil without 'from'
}

// With is `[async] with item {, item}: body`.
//
//	with_stmt = [ 'async' ] 'with' ( '(' item { ',' item } [ ','] ')' | item { ',' item } ) ':' suite
type With struct {
	Pos   Pos
	Async bool        `parser:"@'async'? 'with'"`
	Items []*WithItem `parser:"( '(' @@ ( ',' @@ )* ','? ')' | @@ ( ',' @@ )* )"`
	Body  []Stmt      `parser:"':' ( Newline Indent @@+ Dedent | (?! 'if' | 'while' | 'for' | 'try' | 'with' | 'def' | 'class' | 'async' | '@' ) @@ )"`
}

// WithItem is `context [as target]`.
//
//	item = expr [ 'as' expr ]
type WithItem struct {
	Pos     Pos
	Context Expr `parser:"@@"`
	Target  Expr `parser:"( 'as' @@ )?"` // nil without 'as'
}

// Assign is `target = {target =} value`; a chain assigns one value to every target.
type Assign struct {
	Pos     Pos
	Targets []Expr
	Value   Expr
}

// AnnAssign is `target: annotation [= value]`.
type AnnAssign struct {
	Pos        Pos
	Target     Expr
	Annotation Expr
	Value      Expr // nil for a bare declaration
}

// AugAssign is `target op= value`; Op is the binary operator without '=' ("+", "//", ...).
type AugAssign struct {
	Pos    Pos
	Target Expr
	Op     string
	Value  Expr
}

// Global is `global name {, name}`.
type Global struct {
	Pos   Pos
	Names []string `parser:"'global' @Name ( ',' @Name )*"`
}

// Nonlocal is `nonlocal name {, name}`.
type Nonlocal struct {
	Pos   Pos
	Names []string `parser:"'nonlocal' @Name ( ',' @Name )*"`
}

// Del is `del target {, target}`.
type Del struct {
	Pos     Pos
	Targets []Expr `parser:"'del' @@ ( ',' @@ )* ','?"`
}

// Assert is `assert test [, msg]`.
type Assert struct {
	Pos  Pos
	Test Expr `parser:"'assert' @@"`
	Msg  Expr `parser:"( ',' @@ )?"`
}

// Import is `import dotted [as name] {, dotted [as name]}`.
type Import struct {
	Pos   Pos
	Names []*Alias `parser:"'import' @@ ( ',' @@ )*"`
}

// ImportFrom is `from [.]module import name [as name] {, ...}` or `import *`.
type ImportFrom struct {
	Pos    Pos
	Level  int    // number of leading dots
	Module string // dotted name, empty for `from . import x`
	Names  []*Alias
}

// Alias is one imported name; Name is "*" for a star import.
//
//	alias = NAME { '.' NAME } [ 'as' NAME ]
type Alias struct {
	Pos    Pos
	Name   string `parser:"@Name ( @'.' @Name )*"` // dotted
	AsName string `parser:"( 'as' @Name )?"`       // empty without 'as'
}

// ExprStmt is an expression evaluated for its effect.
type ExprStmt struct {
	Pos Pos
	X   Expr
}

// ---------------------------------------------------------------------------
// Expressions

// Name is an identifier.
type Name struct {
	Pos Pos
	Id  string
}

// IntLit is an integer literal; Raw is its source text (prefixes and
// underscores included) and Value its value, which may not fit in 64 bits.
type IntLit struct {
	Pos   Pos
	Raw   string
	Value string // decimal digits, no sign
}

// FloatLit is a float or imaginary literal as written in the source.
type FloatLit struct {
	Pos       Pos
	Raw       string
	Imaginary bool // a trailing j/J
}

// StrLit is a string literal, adjacent literals already joined; Value is decoded.
type StrLit struct {
	Pos   Pos
	Value string
}

// BytesLit is a bytes literal; Value holds the decoded bytes.
type BytesLit struct {
	Pos   Pos
	Value string
}

// FString is an f-string (adjacent plain literals joined into it), split
// into literal text and replacement fields at parse time.
type FString struct {
	Pos   Pos
	Parts []*FStringPart
}

// FStringPart is either literal text (X == nil) or a replacement field
// `{X[=][!conv][:spec]}`.
type FStringPart struct {
	Pos        Pos
	Lit        string   // literal text, escapes and {{ }} decoded
	X          Expr     // the field's expression
	Debug      string   // for `{x=}`: the source text "x=" printed before the value
	Conversion byte     // 'r', 's', 'a', or 0
	Spec       *FString // the format spec, which may itself hold fields; nil when absent
}

// Const is True, False, None or the Ellipsis `...`; Value is that spelling.
type Const struct {
	Pos   Pos
	Value string
}

// Unary is `op x` for op in - + ~ not.
type Unary struct {
	Pos Pos
	Op  string
	X   Expr
}

// Binary is `x op y` for the arithmetic and bitwise operators
// + - * / // % ** @ << >> & | ^.
type Binary struct {
	Pos Pos // position of X
	Op  string
	X   Expr
	Y   Expr
}

// BoolOp is `x and y` or `x or y`.
type BoolOp struct {
	Pos Pos
	Op  string
	X   Expr
	Y   Expr
}

// Compare is a comparison chain `x op1 y op2 z`; Ops are
// < > == >= <= != in "not in" is "is not".
type Compare struct {
	Pos         Pos
	Left        Expr
	Ops         []string
	Comparators []Expr
}

// Call is `fn(args)`.
type Call struct {
	Pos  Pos
	Func Expr
	Args []*Arg
}

// Arg is a call argument: positional, `name=value`, `*value` or `**value`.
type Arg struct {
	Pos        Pos
	Name       string // keyword name, or empty
	Star       bool
	DoubleStar bool
	Value      Expr
}

// Attribute is `x.name`.
type Attribute struct {
	Pos  Pos
	X    Expr
	Name string
}

// Subscript is `x[index]`; Index may be a Slice or a Tuple of them.
type Subscript struct {
	Pos   Pos
	X     Expr
	Index Expr
}

// Slice is `lo:hi[:step]` inside a subscript; each part may be nil.
type Slice struct {
	Pos  Pos
	Lo   Expr
	Hi   Expr
	Step Expr
}

// Tuple is a tuple display, with or without parentheses.
type Tuple struct {
	Pos   Pos
	Elts  []Expr
	Paren bool
}

// List is `[a, b]`.
type List struct {
	Pos  Pos
	Elts []Expr
}

// Set is `{a, b}`.
type Set struct {
	Pos  Pos
	Elts []Expr
}

// Dict is `{k: v, **m}`.
type Dict struct {
	Pos   Pos
	Items []*DictItem
}

// DictItem is `key: value`, or `**value` when Key is nil.
type DictItem struct {
	Pos   Pos
	Key   Expr
	Value Expr
}

// Starred is `*x` in a display or an assignment target.
type Starred struct {
	Pos Pos
	X   Expr
}

// Await is `await x`.
type Await struct {
	Pos Pos
	X   Expr
}

// Yield is `yield [x]` or `yield from x`.
type Yield struct {
	Pos  Pos
	X    Expr // nil for a bare yield
	From bool
}

// Lambda is `lambda params: body`.
type Lambda struct {
	Pos    Pos
	Params []*Param
	Body   Expr
}

// IfExp is `then if cond else otherwise`.
type IfExp struct {
	Pos  Pos
	Cond Expr
	Then Expr
	Else Expr
}

// NamedExpr is the walrus `name := value`; the target comes after the
// value, as Python binds it.
type NamedExpr struct {
	Pos    Pos
	Value  Expr
	Target *Name
}

// CompKind tells the four comprehension forms apart.
type CompKind int

const (
	ListComp CompKind = iota // [elt for ...]
	SetComp                  // {elt for ...}
	DictComp                 // {key: value for ...}
	GenExp                   // (elt for ...)
)

// Comprehension is a list, set, dict comprehension or generator expression.
type Comprehension struct {
	Pos     Pos
	Kind    CompKind
	Elt     Expr // the element; the key for a DictComp
	Value   Expr // the value for a DictComp, else nil
	Clauses []*CompClause
}

// CompClause is `[async] for target in iter {if cond}`.
type CompClause struct {
	Pos    Pos
	Async  bool
	Target Expr
	Iter   Expr
	Ifs    []Expr
}

func (n *Module) Position() Pos        { return n.Pos }
func (n *FuncDef) Position() Pos       { return n.Pos }
func (n *Param) Position() Pos         { return n.Pos }
func (n *ClassDef) Position() Pos      { return n.Pos }
func (n *Return) Position() Pos        { return n.Pos }
func (n *If) Position() Pos            { return n.Pos }
func (n *Elif) Position() Pos          { return n.Pos }
func (n *While) Position() Pos         { return n.Pos }
func (n *For) Position() Pos           { return n.Pos }
func (n *Break) Position() Pos         { return n.Pos }
func (n *Continue) Position() Pos      { return n.Pos }
func (n *Pass) Position() Pos          { return n.Pos }
func (n *Try) Position() Pos           { return n.Pos }
func (n *ExceptHandler) Position() Pos { return n.Pos }
func (n *Raise) Position() Pos         { return n.Pos }
func (n *With) Position() Pos          { return n.Pos }
func (n *WithItem) Position() Pos      { return n.Pos }
func (n *Assign) Position() Pos        { return n.Pos }
func (n *AnnAssign) Position() Pos     { return n.Pos }
func (n *AugAssign) Position() Pos     { return n.Pos }
func (n *Global) Position() Pos        { return n.Pos }
func (n *Nonlocal) Position() Pos      { return n.Pos }
func (n *Del) Position() Pos           { return n.Pos }
func (n *Assert) Position() Pos        { return n.Pos }
func (n *Import) Position() Pos        { return n.Pos }
func (n *ImportFrom) Position() Pos    { return n.Pos }
func (n *Alias) Position() Pos         { return n.Pos }
func (n *ExprStmt) Position() Pos      { return n.Pos }
func (n *Name) Position() Pos          { return n.Pos }
func (n *IntLit) Position() Pos        { return n.Pos }
func (n *FloatLit) Position() Pos      { return n.Pos }
func (n *StrLit) Position() Pos        { return n.Pos }
func (n *BytesLit) Position() Pos      { return n.Pos }
func (n *FString) Position() Pos       { return n.Pos }
func (n *FStringPart) Position() Pos   { return n.Pos }
func (n *Const) Position() Pos         { return n.Pos }
func (n *Unary) Position() Pos         { return n.Pos }
func (n *Binary) Position() Pos        { return n.Pos }
func (n *BoolOp) Position() Pos        { return n.Pos }
func (n *Compare) Position() Pos       { return n.Pos }
func (n *Call) Position() Pos          { return n.Pos }
func (n *Arg) Position() Pos           { return n.Pos }
func (n *Attribute) Position() Pos     { return n.Pos }
func (n *Subscript) Position() Pos     { return n.Pos }
func (n *Slice) Position() Pos         { return n.Pos }
func (n *Tuple) Position() Pos         { return n.Pos }
func (n *List) Position() Pos          { return n.Pos }
func (n *Set) Position() Pos           { return n.Pos }
func (n *Dict) Position() Pos          { return n.Pos }
func (n *DictItem) Position() Pos      { return n.Pos }
func (n *Starred) Position() Pos       { return n.Pos }
func (n *Await) Position() Pos         { return n.Pos }
func (n *Yield) Position() Pos         { return n.Pos }
func (n *Lambda) Position() Pos        { return n.Pos }
func (n *IfExp) Position() Pos         { return n.Pos }
func (n *NamedExpr) Position() Pos     { return n.Pos }
func (n *Comprehension) Position() Pos { return n.Pos }
func (n *CompClause) Position() Pos    { return n.Pos }

func (*FuncDef) stmtNode()    {}
func (*ClassDef) stmtNode()   {}
func (*Return) stmtNode()     {}
func (*If) stmtNode()         {}
func (*While) stmtNode()      {}
func (*For) stmtNode()        {}
func (*Break) stmtNode()      {}
func (*Continue) stmtNode()   {}
func (*Pass) stmtNode()       {}
func (*Try) stmtNode()        {}
func (*Raise) stmtNode()      {}
func (*With) stmtNode()       {}
func (*Assign) stmtNode()     {}
func (*AnnAssign) stmtNode()  {}
func (*AugAssign) stmtNode()  {}
func (*Global) stmtNode()     {}
func (*Nonlocal) stmtNode()   {}
func (*Del) stmtNode()        {}
func (*Assert) stmtNode()     {}
func (*Import) stmtNode()     {}
func (*ImportFrom) stmtNode() {}
func (*ExprStmt) stmtNode()   {}

func (*Name) exprNode()          {}
func (*IntLit) exprNode()        {}
func (*FloatLit) exprNode()      {}
func (*StrLit) exprNode()        {}
func (*BytesLit) exprNode()      {}
func (*FString) exprNode()       {}
func (*Const) exprNode()         {}
func (*Unary) exprNode()         {}
func (*Binary) exprNode()        {}
func (*BoolOp) exprNode()        {}
func (*Compare) exprNode()       {}
func (*Call) exprNode()          {}
func (*Attribute) exprNode()     {}
func (*Subscript) exprNode()     {}
func (*Slice) exprNode()         {}
func (*Tuple) exprNode()         {}
func (*List) exprNode()          {}
func (*Set) exprNode()           {}
func (*Dict) exprNode()          {}
func (*Starred) exprNode()       {}
func (*Await) exprNode()         {}
func (*Yield) exprNode()         {}
func (*Lambda) exprNode()        {}
func (*IfExp) exprNode()         {}
func (*NamedExpr) exprNode()     {}
func (*Comprehension) exprNode() {}
