package parser

import "github.com/aiogo-dev/aiogo/grammar"

// params parses a def's or a lambda's parameters up to closer, which it
// leaves unread, and checks their order as CPython does:
//
//	params = param { ',' param } [ ',' ]
//	param  = NAME [ ':' expression ] [ '=' expression ] | '/'
//	       | '*' [ NAME [ ':' expression ] ] | '**' NAME [ ':' expression ]
//
// Annotations are read only when annotated is set (a lambda's ':' ends its
// parameters).
func (p *exprParser) params(closer string, annotated bool) ([]*grammar.Param, error) {
	var ps []*grammar.Param
	seen := map[string]bool{}
	star, slash, kwargs, defaults := false, false, false, false
	for !p.is(closer) {
		t := p.peek()
		if kwargs {
			return nil, errorf(t.Pos, "arguments cannot follow var-keyword argument")
		}
		param := &grammar.Param{Pos: t.Pos}
		switch {
		case p.got("/"):
			switch {
			case slash:
				return nil, errorf(t.Pos, "/ may appear only once")
			case star:
				return nil, errorf(t.Pos, "/ must be ahead of *")
			case len(ps) == 0:
				return nil, errorf(t.Pos, "at least one argument must precede /")
			}
			slash = true
			param.Kind = grammar.ParamPosOnlyMark
		case p.got("**"):
			kwargs = true
			param.Kind = grammar.ParamKwArgs
		case p.got("*"):
			if star {
				return nil, errorf(t.Pos, "* argument may appear only once")
			}
			star = true
			param.Kind = grammar.ParamVarArgs
			if p.is(",") || p.is(closer) {
				param.Kind = grammar.ParamKwOnlyMark
			}
		}
		if param.Kind != grammar.ParamPosOnlyMark && param.Kind != grammar.ParamKwOnlyMark {
			if err := p.paramRest(param, annotated, seen); err != nil {
				return nil, err
			}
			switch {
			case param.Default != nil && !star:
				defaults = true
			case param.Default == nil && param.Kind == grammar.ParamNormal && defaults && !star:
				return nil, errorf(param.Pos, "non-default argument follows default argument")
			}
		}
		ps = append(ps, param)
		if !p.got(",") {
			break
		}
	}
	for i, q := range ps {
		if q.Kind == grammar.ParamKwOnlyMark && (i+1 == len(ps) || ps[i+1].Kind == grammar.ParamKwArgs) {
			return nil, errorf(q.Pos, "named arguments must follow bare *")
		}
	}
	return ps, nil
}

// paramRest parses a parameter's name, annotation and default.
func (p *exprParser) paramRest(param *grammar.Param, annotated bool, seen map[string]bool) error {
	name := p.peek()
	if name.Type != grammar.TokName {
		return unexpected(name, "parameter name")
	}
	if seen[name.Value] {
		return errorf(name.Pos, "duplicate argument '%s' in function definition", name.Value)
	}
	seen[name.Value] = true
	p.next()
	param.Name = name.Value
	var err error
	if annotated && p.got(":") {
		if param.Annotation, err = p.expression(); err != nil {
			return err
		}
	}
	if !p.is("=") {
		return nil
	}
	eq := p.next()
	switch param.Kind {
	case grammar.ParamVarArgs:
		return errorf(eq.Pos, "var-positional argument cannot have default value")
	case grammar.ParamKwArgs:
		return errorf(eq.Pos, "var-keyword argument cannot have default value")
	}
	param.Default, err = p.expression()
	return err
}
