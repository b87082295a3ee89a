//! The tokens the parser reads: CPython's token types (Grammar/Tokens, Lib/token.py) with the
//! hard keywords split out of NAME as the generated parser does (`_get_keyword_or_name_type` in
//! Parser/pegen.c). Each token carries its byte span in the source and its position.

use crate::ast::Loc;

/// A token type. Operators and keywords each have their own kind, as in CPython's parser.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum T {
    EndMarker,
    Name,
    Number,
    String,
    Newline,
    Indent,
    Dedent,
    FStringStart,
    FStringMiddle,
    FStringEnd,
    TypeComment,
    /// Where the tokenizer failed: no rule accepts it, and reaching it raises the tokenizer error.
    ErrorToken,
    /// An operator the grammar does not know (`$`, `?`, `` ` ``): always a syntax error.
    Op,
    // Operators (Grammar/Tokens order).
    LPar, RPar, LSqb, RSqb, Colon, Comma, Semi, Plus, Minus, Star, Slash, VBar, Amper, Less,
    Greater, Equal, Dot, Percent, LBrace, RBrace, EqEqual, NotEqual, LessEqual, GreaterEqual,
    Tilde, Circumflex, LeftShift, RightShift, DoubleStar, PlusEqual, MinEqual, StarEqual,
    SlashEqual, PercentEqual, AmperEqual, VBarEqual, CircumflexEqual, LeftShiftEqual,
    RightShiftEqual, DoubleStarEqual, DoubleSlash, DoubleSlashEqual, At, AtEqual, RArrow,
    Ellipsis, ColonEqual, Exclamation,
    // Hard keywords.
    False, None, True, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del, Elif,
    Else, Except, Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal, Not, Or,
    Pass, Raise, Return, Try, While, With, Yield,
}

impl T {
    /// The kind of an operator's text, or `None` for text no operator has.
    pub fn operator(s: &str) -> Option<T> {
        use T::*;
        Some(match s {
            "(" => LPar, ")" => RPar, "[" => LSqb, "]" => RSqb, ":" => Colon, "," => Comma,
            ";" => Semi, "+" => Plus, "-" => Minus, "*" => Star, "/" => Slash, "|" => VBar,
            "&" => Amper, "<" => Less, ">" => Greater, "=" => Equal, "." => Dot, "%" => Percent,
            "{" => LBrace, "}" => RBrace, "==" => EqEqual, "!=" => NotEqual, "<=" => LessEqual,
            ">=" => GreaterEqual, "~" => Tilde, "^" => Circumflex, "<<" => LeftShift,
            ">>" => RightShift, "**" => DoubleStar, "+=" => PlusEqual, "-=" => MinEqual,
            "*=" => StarEqual, "/=" => SlashEqual, "%=" => PercentEqual, "&=" => AmperEqual,
            "|=" => VBarEqual, "^=" => CircumflexEqual, "<<=" => LeftShiftEqual,
            ">>=" => RightShiftEqual, "**=" => DoubleStarEqual, "//" => DoubleSlash,
            "//=" => DoubleSlashEqual, "@" => At, "@=" => AtEqual, "->" => RArrow,
            "..." => Ellipsis, ":=" => ColonEqual, "!" => Exclamation,
            _ => return Option::None,
        })
    }

    /// The kind of a NAME's text: a hard keyword, or `Name`.
    pub fn name(s: &str) -> T {
        T::name_bytes(s.as_bytes())
    }

    /// [`T::name`] on the NAME's bytes. Keywords are 2 to 8 ASCII letters, starting with a
    /// lowercase letter or `F`, `N`, `T`; anything else is a plain name without comparing text.
    #[inline]
    pub fn name_bytes(s: &[u8]) -> T {
        use T::*;
        if s.len() < 2 || s.len() > 8 || !matches!(s[0], b'a'..=b'y' | b'F' | b'N' | b'T') {
            return Name;
        }
        match s {
            b"False" => False, b"None" => None, b"True" => True, b"and" => And, b"as" => As,
            b"assert" => Assert, b"async" => Async, b"await" => Await, b"break" => Break,
            b"class" => Class, b"continue" => Continue, b"def" => Def, b"del" => Del, b"elif" => Elif,
            b"else" => Else, b"except" => Except, b"finally" => Finally, b"for" => For, b"from" => From,
            b"global" => Global, b"if" => If, b"import" => Import, b"in" => In, b"is" => Is,
            b"lambda" => Lambda, b"nonlocal" => Nonlocal, b"not" => Not, b"or" => Or, b"pass" => Pass,
            b"raise" => Raise, b"return" => Return, b"try" => Try, b"while" => While, b"with" => With,
            b"yield" => Yield,
            _ => Name,
        }
    }

    /// The parser's kind for an operator kind of the lexer (`Op` for any other kind): the two
    /// enums list the operators in the same (Grammar/Tokens) order.
    #[inline]
    pub fn from_operator_kind(k: crate::tokenize::TokenKind) -> T {
        use crate::tokenize::TokenKind as K;
        use T::*;
        match k {
            K::Lpar => LPar, K::Rpar => RPar, K::Lsqb => LSqb, K::Rsqb => RSqb, K::Colon => Colon,
            K::Comma => Comma, K::Semi => Semi, K::Plus => Plus, K::Minus => Minus, K::Star => Star,
            K::Slash => Slash, K::Vbar => VBar, K::Amper => Amper, K::Less => Less,
            K::Greater => Greater, K::Equal => Equal, K::Dot => Dot, K::Percent => Percent,
            K::Lbrace => LBrace, K::Rbrace => RBrace, K::Eqequal => EqEqual, K::Notequal => NotEqual,
            K::Lessequal => LessEqual, K::Greaterequal => GreaterEqual, K::Tilde => Tilde,
            K::Circumflex => Circumflex, K::Leftshift => LeftShift, K::Rightshift => RightShift,
            K::Doublestar => DoubleStar, K::Plusequal => PlusEqual, K::Minequal => MinEqual,
            K::Starequal => StarEqual, K::Slashequal => SlashEqual, K::Percentequal => PercentEqual,
            K::Amperequal => AmperEqual, K::Vbarequal => VBarEqual,
            K::Circumflexequal => CircumflexEqual, K::Leftshiftequal => LeftShiftEqual,
            K::Rightshiftequal => RightShiftEqual, K::Doublestarequal => DoubleStarEqual,
            K::Doubleslash => DoubleSlash, K::Doubleslashequal => DoubleSlashEqual, K::At => At,
            K::Atequal => AtEqual, K::Rarrow => RArrow, K::Ellipsis => Ellipsis,
            K::Colonequal => ColonEqual, K::Exclamation => Exclamation,
            _ => Op,
        }
    }

    pub fn is_keyword(self) -> bool {
        (self as u8) >= (T::False as u8)
    }
}

/// One token: its kind, its bytes `start..end` in the (UTF-8) source, and its position.
#[derive(Clone, Copy, Debug)]
pub struct Tok {
    pub kind: T,
    pub start: u32,
    pub end: u32,
    pub loc: Loc,
    /// Bracket nesting depth before this token (CPython's `token->level`).
    pub level: u16,
    /// 0, or 1 + an index into the parser's f-string debug texts: set on the token after the `=`
    /// of `f"{expr=}"` (CPython's `token->metadata`).
    pub meta: u32,
}
