package grammar

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// Dump renders a tree on one line, for tests: `x+y*z` gives
// (Binary X=x Op=+ Y=(Binary X=y Op=* Y=z)). Names, numbers, strings and
// constants print as themselves; other nodes as (Type Field=value ...),
// leaving out positions and empty fields; lists as [a b].
func Dump(n Node) string {
	var b strings.Builder
	dump(&b, reflect.ValueOf(n))
	return b.String()
}

var (
	paramKinds = [...]string{"Normal", "VarArgs", "KwArgs", "KwOnlyMark", "PosOnlyMark"}
	compKinds  = [...]string{"ListComp", "SetComp", "DictComp", "GenExp"}
)

func dump(b *strings.Builder, v reflect.Value) {
	if v.Kind() == reflect.Interface {
		v = v.Elem()
	}
	if !v.IsValid() || v.Kind() == reflect.Pointer && v.IsNil() {
		b.WriteString("nil")
		return
	}
	switch n := v.Interface().(type) {
	case *Name:
		b.WriteString(n.Id)
		return
	case *IntLit:
		b.WriteString(n.Raw)
		return
	case *FloatLit:
		b.WriteString(n.Raw)
		return
	case *StrLit:
		b.WriteString(strconv.Quote(n.Value))
		return
	case *BytesLit:
		b.WriteString("b" + strconv.Quote(n.Value))
		return
	case *Const:
		b.WriteString(n.Value)
		return
	case ParamKind:
		b.WriteString(paramKinds[n])
		return
	case CompKind:
		b.WriteString(compKinds[n])
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		dumpStruct(b, v.Elem())
	case reflect.Slice:
		b.WriteByte('[')
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				b.WriteByte(' ')
			}
			dump(b, v.Index(i))
		}
		b.WriteByte(']')
	case reflect.String:
		s := v.String()
		if s == "" || strings.ContainsAny(s, " ()[]=\"\\\n\t") {
			s = strconv.Quote(s)
		}
		b.WriteString(s)
	case reflect.Uint8:
		b.WriteByte(byte(v.Uint()))
	default:
		fmt.Fprint(b, v.Interface())
	}
}

func dumpStruct(b *strings.Builder, v reflect.Value) {
	b.WriteString("(" + v.Type().Name())
	for i := 0; i < v.NumField(); i++ {
		f, field := v.Field(i), v.Type().Field(i)
		if field.Name == "Pos" || f.IsZero() || f.Kind() == reflect.Slice && f.Len() == 0 {
			continue
		}
		b.WriteString(" " + field.Name + "=")
		dump(b, f)
	}
	b.WriteByte(')')
}
