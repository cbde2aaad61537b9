//! The one XML core shared by the replication model, the S3 client and the bundled server: an element tree
//! read with quick-xml (local names, namespaces ignored, positions kept for error messages), bounded in
//! depth, element count and size so that hostile input costs bounded memory and stack; one escaper; and a
//! writer for compact (wire) and indented (human) documents.
//!
//! Each layer turns [`Error`] into its own: the model into a finding at line:column, the server into
//! `MalformedXML`, the client into an invalid-response error.

use quick_xml::events::Event;

/// The S3 namespace every S3 document carries.
pub const S3_NS: &str = "http://s3.amazonaws.com/doc/2006-03-01/";

/// Bounds on what [`parse_with`] reads. S3's own documents are shallow (the replication configuration,
/// the deepest, nests six levels) and at most a few tens of thousands of elements (1000 rules, 10 000
/// multipart parts), so the defaults leave room without letting a document nest until the stack overflows
/// or multiply elements until memory runs out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Deepest nesting of elements (the root is depth 1).
    pub max_depth: usize,
    /// Most elements in the document.
    pub max_elements: usize,
    /// Largest document, in bytes.
    pub max_bytes: usize,
}

impl Limits {
    pub const DEFAULT: Limits = Limits {
        max_depth: 32,
        max_elements: 200_000,
        max_bytes: 64 * 1024 * 1024,
    };

    /// The same limits with another size bound.
    pub const fn with_max_bytes(self, max_bytes: usize) -> Limits {
        Limits { max_bytes, ..self }
    }
}

impl Default for Limits {
    fn default() -> Self {
        Limits::DEFAULT
    }
}

/// What kind of problem a document has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// Not well-formed XML (or not UTF-8).
    Syntax,
    /// Nested deeper than [`Limits::max_depth`].
    TooDeep,
    /// More elements than [`Limits::max_elements`].
    TooManyElements,
    /// Larger than [`Limits::max_bytes`].
    TooLarge,
}

/// Why a document could not be read, and where (a byte offset into the text).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct Error {
    pub kind: ErrorKind,
    pub offset: usize,
    pub message: String,
}

impl Error {
    fn syntax(offset: impl TryInto<usize>, message: impl std::fmt::Display) -> Error {
        Error {
            kind: ErrorKind::Syntax,
            offset: offset.try_into().unwrap_or(usize::MAX),
            message: message.to_string(),
        }
    }
}

/// One element: local name (namespace prefix dropped), its text (entities resolved, XML 1.0 end-of-line
/// normalisation applied), its child elements in order, and the byte offset of its `<`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Element {
    pub name: String,
    pub text: String,
    pub children: Vec<Element>,
    pub offset: usize,
}

impl Element {
    /// The first child named `name`.
    pub fn child(&self, name: &str) -> Option<&Element> {
        self.children.iter().find(|c| c.name == name)
    }

    /// Every child named `name`, in order.
    pub fn children<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.children.iter().filter(move |c| c.name == name)
    }

    /// The text of the first child named `name`, as written.
    pub fn text_of(&self, name: &str) -> Option<&str> {
        self.child(name).map(|c| c.text.as_str())
    }

    /// The text of the first child named `name`, without surrounding white space.
    pub fn child_text(&self, name: &str) -> Option<&str> {
        self.text_of(name).map(str::trim)
    }
}

/// Reads a document into its root element, within [`Limits::DEFAULT`].
pub fn parse(text: &str) -> Result<Element, Error> {
    parse_with(text, &Limits::DEFAULT)
}

/// Reads a request or response body: UTF-8 first, then [`parse_with`].
pub fn parse_bytes(body: &[u8], limits: &Limits) -> Result<Element, Error> {
    if body.len() > limits.max_bytes {
        return Err(too_large(body.len(), limits));
    }
    let text = std::str::from_utf8(body).map_err(|e| Error::syntax(e.valid_up_to(), "the document is not UTF-8"))?;
    parse_with(text, limits)
}

fn too_large(len: usize, limits: &Limits) -> Error {
    Error {
        kind: ErrorKind::TooLarge,
        offset: limits.max_bytes,
        message: format!("the document is {len} bytes; at most {} are read", limits.max_bytes),
    }
}

/// Reads a document into its root element. One root; text or CDATA outside it (other than white space),
/// an unknown entity, an unclosed element, or a document beyond `limits` is an error.
pub fn parse_with(text: &str, limits: &Limits) -> Result<Element, Error> {
    if text.len() > limits.max_bytes {
        return Err(too_large(text.len(), limits));
    }
    let mut reader = quick_xml::Reader::from_str(text);
    let mut stack: Vec<Element> = Vec::new();
    let mut root: Option<Element> = None;
    let mut elements = 0usize;
    loop {
        let start = reader.buffer_position();
        let event = reader
            .read_event()
            .map_err(|e| Error::syntax(reader.error_position(), format!("invalid XML: {e}")))?;
        let offset = usize::try_from(start).unwrap_or(usize::MAX);
        let encoding = |e: quick_xml::encoding::EncodingError| Error::syntax(start, format!("invalid XML: {e}"));
        match event {
            Event::Start(_) | Event::Empty(_) if root.is_some() && stack.is_empty() => {
                return Err(Error::syntax(start, "invalid XML: more than one root element"));
            }
            Event::Start(ref e) | Event::Empty(ref e) => {
                elements += 1;
                if elements > limits.max_elements {
                    return Err(Error {
                        kind: ErrorKind::TooManyElements,
                        offset,
                        message: format!("the document has more than {} elements", limits.max_elements),
                    });
                }
                if stack.len() + 1 > limits.max_depth {
                    return Err(Error {
                        kind: ErrorKind::TooDeep,
                        offset,
                        message: format!("elements nest deeper than {} levels", limits.max_depth),
                    });
                }
                let elem = Element {
                    name: String::from_utf8_lossy(e.local_name().as_ref()).into_owned(),
                    offset,
                    ..Element::default()
                };
                if matches!(event, Event::Start(_)) {
                    stack.push(elem);
                } else {
                    attach(&mut stack, &mut root, elem);
                }
            }
            Event::End(_) => {
                let elem = stack
                    .pop()
                    .ok_or_else(|| Error::syntax(start, "invalid XML: unbalanced end tag"))?;
                attach(&mut stack, &mut root, elem);
            }
            Event::Text(t) => {
                let s = t.xml10_content().map_err(encoding)?;
                match stack.last_mut() {
                    Some(e) => e.text.push_str(&s),
                    None if s.trim().is_empty() => {}
                    None => return Err(Error::syntax(start, "invalid XML: text outside the root element")),
                }
            }
            Event::CData(t) => {
                let s = t.xml10_content().map_err(encoding)?;
                match stack.last_mut() {
                    Some(e) => e.text.push_str(&s),
                    None => return Err(Error::syntax(start, "invalid XML: CDATA outside the root element")),
                }
            }
            Event::GeneralRef(r) => {
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => c,
                    Ok(None) => {
                        let name = r.decode().map_err(encoding)?;
                        match name.as_ref() {
                            "amp" => '&',
                            "lt" => '<',
                            "gt" => '>',
                            "quot" => '"',
                            "apos" => '\'',
                            other => {
                                return Err(Error::syntax(start, format!("invalid XML: unknown entity &{other};")));
                            }
                        }
                    }
                    Err(e) => return Err(Error::syntax(start, format!("invalid XML: {e}"))),
                };
                match stack.last_mut() {
                    Some(e) => e.text.push(resolved),
                    None => return Err(Error::syntax(start, "invalid XML: text outside the root element")),
                }
            }
            Event::Eof => break,
            Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::DocType(_) => {}
        }
    }
    if let Some(open) = stack.last() {
        return Err(Error::syntax(
            open.offset,
            format!("invalid XML: <{}> is never closed", open.name),
        ));
    }
    root.ok_or_else(|| Error::syntax(0usize, "invalid XML: no root element"))
}

fn attach(stack: &mut [Element], root: &mut Option<Element>, elem: Element) {
    match stack.last_mut() {
        Some(parent) => parent.children.push(elem),
        None => *root = Some(elem),
    }
}

/// Appends `text` escaped for element content or an attribute value: the five markup characters as
/// entities, and control characters as character references, as S3 writes them: those XML 1.0 has no
/// literal form for, `\r` (so that a reader's end-of-line normalisation cannot change it), and DEL and the
/// C1 controls, which XML 1.0 discourages.
pub fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' => out.push(c),
            c if c.is_control() => {
                use std::fmt::Write;
                let _ = write!(out, "&#x{:X};", c as u32);
            }
            c => out.push(c),
        }
    }
}

/// `text` escaped (see [`escape_into`]).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text);
    out
}

/// Builds a document: the XML declaration, a root element in the S3 namespace, then elements in the order
/// they are written. Compact (the wire form: no white space between elements) or indented by two spaces,
/// one element a line, with a final newline (the form people read and diff).
#[derive(Debug)]
pub struct Writer {
    buf: String,
    root: String,
    indented: bool,
    depth: usize,
}

impl Writer {
    /// A compact document whose root carries the S3 namespace.
    pub fn new(root: &str) -> Writer {
        Writer::start(root, false)
    }

    /// An indented document whose root carries the S3 namespace.
    pub fn indented(root: &str) -> Writer {
        Writer::start(root, true)
    }

    fn start(root: &str, indented: bool) -> Writer {
        let mut buf = String::with_capacity(512);
        buf.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<");
        buf.push_str(root);
        buf.push_str(" xmlns=\"");
        buf.push_str(S3_NS);
        buf.push_str("\">");
        let mut w = Writer {
            buf,
            root: root.to_string(),
            indented,
            depth: 1,
        };
        w.newline();
        w
    }

    fn newline(&mut self) {
        if self.indented {
            self.buf.push('\n');
        }
    }

    fn indent(&mut self) {
        if self.indented {
            for _ in 0..self.depth {
                self.buf.push_str("  ");
            }
        }
    }

    /// Opens an element; its children follow until [`Writer::close`].
    pub fn open(&mut self, name: &str) -> &mut Self {
        self.indent();
        self.buf.push('<');
        self.buf.push_str(name);
        self.buf.push('>');
        self.newline();
        self.depth += 1;
        self
    }

    /// Opens an element with attributes (values escaped); its children follow until [`Writer::close`].
    pub fn open_with(&mut self, name: &str, attrs: &[(&str, &str)]) -> &mut Self {
        self.indent();
        self.buf.push('<');
        self.buf.push_str(name);
        for (k, v) in attrs {
            self.buf.push(' ');
            self.buf.push_str(k);
            self.buf.push_str("=\"");
            escape_into(&mut self.buf, v);
            self.buf.push('"');
        }
        self.buf.push('>');
        self.newline();
        self.depth += 1;
        self
    }

    /// Closes the element last opened (named again for readability of the calling code).
    pub fn close(&mut self, name: &str) -> &mut Self {
        self.depth = self.depth.saturating_sub(1);
        self.indent();
        self.buf.push_str("</");
        self.buf.push_str(name);
        self.buf.push('>');
        self.newline();
        self
    }

    /// An element holding `text`, escaped.
    pub fn elem(&mut self, name: &str, text: &str) -> &mut Self {
        self.indent();
        self.buf.push('<');
        self.buf.push_str(name);
        self.buf.push('>');
        escape_into(&mut self.buf, text);
        self.buf.push_str("</");
        self.buf.push_str(name);
        self.buf.push('>');
        self.newline();
        self
    }

    /// [`Writer::elem`] when there is a text.
    pub fn opt(&mut self, name: &str, text: Option<&str>) -> &mut Self {
        if let Some(t) = text {
            self.elem(name, t);
        }
        self
    }

    /// An empty element: `<name/>`.
    pub fn empty(&mut self, name: &str) -> &mut Self {
        self.indent();
        self.buf.push('<');
        self.buf.push_str(name);
        self.buf.push_str("/>");
        self.newline();
        self
    }

    /// Closes the root and returns the document.
    pub fn finish(mut self) -> String {
        self.depth = 0;
        let root = std::mem::take(&mut self.root);
        self.buf.push_str("</");
        self.buf.push_str(&root);
        self.buf.push('>');
        self.newline();
        self.buf
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_names_text_entities_and_positions() {
        let doc = "<?xml version=\"1.0\"?>\n<Delete xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Quiet/>\
                   <Object><Key>a&amp;b&#x41;&#13;</Key></Object><Object><Key> c </Key><VersionId>v1</VersionId></Object></Delete>";
        let root = parse(doc).unwrap();
        assert_eq!(root.name, "Delete");
        assert_eq!(root.offset, doc.find("<Delete").unwrap());
        assert!(root.child("Quiet").is_some());
        let keys: Vec<&str> = root.children("Object").map(|o| o.text_of("Key").unwrap()).collect();
        assert_eq!(keys, ["a&bA\r", " c "]);
        assert_eq!(root.children("Object").nth(1).unwrap().child_text("Key"), Some("c"));
        assert_eq!(
            root.children("Object").nth(1).unwrap().child_text("VersionId"),
            Some("v1")
        );
    }

    #[test]
    fn refuses_what_is_not_one_well_formed_document() {
        for (doc, why) in [
            ("<A><B></A>", "expected `</B>`"),
            ("", "no root element"),
            ("<A/><B/>", "more than one root"),
            ("<A></A>x", "text outside"),
            ("<A>&nope;</A>", "unknown entity"),
            ("<A><B>", "never closed"),
        ] {
            let e = parse(doc).unwrap_err();
            assert_eq!(e.kind, ErrorKind::Syntax, "{doc}");
            assert!(e.message.contains(why), "{doc}: {}", e.message);
        }
        let e = parse_bytes(b"<A>\xff</A>", &Limits::DEFAULT).unwrap_err();
        assert!(e.message.contains("not UTF-8"), "{}", e.message);
    }

    #[test]
    fn deep_nesting_is_refused_before_it_costs_stack() {
        // 200 000 levels would overflow the stack when the tree is dropped; the limit stops reading at 33.
        let deep = "<a>".repeat(200_000) + &"</a>".repeat(200_000);
        let e = parse(&deep).unwrap_err();
        assert_eq!(e.kind, ErrorKind::TooDeep);
        assert_eq!(e.offset, 32 * 3);
        let ok = "<a>".repeat(32) + &"</a>".repeat(32);
        assert!(parse(&ok).is_ok());
    }

    #[test]
    fn element_count_and_size_are_bounded() {
        let limits = Limits {
            max_depth: 8,
            max_elements: 10,
            max_bytes: 1000,
        };
        let many = format!("<r>{}</r>", "<x/>".repeat(10));
        assert_eq!(parse_with(&many, &limits).unwrap_err().kind, ErrorKind::TooManyElements);
        let nine = format!("<r>{}</r>", "<x/>".repeat(9));
        assert_eq!(parse_with(&nine, &limits).unwrap().children.len(), 9);
        let big = format!("<r>{}</r>", "x".repeat(1000));
        assert_eq!(parse_with(&big, &limits).unwrap_err().kind, ErrorKind::TooLarge);
        assert_eq!(
            parse_bytes(big.as_bytes(), &limits).unwrap_err().kind,
            ErrorKind::TooLarge
        );
    }

    #[test]
    fn escapes_markup_and_control_characters() {
        assert_eq!(escape("a<&>\u{1}\"'"), "a&lt;&amp;&gt;&#x1;&quot;&apos;");
        assert_eq!(escape("\r\t\n\u{1f}é\u{7f}\u{85}"), "&#xD;\t\n&#x1F;é&#x7F;&#x85;");
        // What is escaped reads back as it was.
        let s = "k\r\n\u{1}<&>\"'";
        let mut w = Writer::new("R");
        w.elem("K", s);
        assert_eq!(parse(&w.finish()).unwrap().text_of("K"), Some(s));
    }

    #[test]
    fn writes_compact_and_indented_documents() {
        let mut w = Writer::new("Root");
        w.open("A")
            .elem("B", "1")
            .opt("C", None)
            .opt("D", Some("x"))
            .close("A")
            .empty("E");
        assert_eq!(
            w.finish(),
            format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Root xmlns=\"{S3_NS}\"><A><B>1</B><D>x</D></A><E/></Root>"
            )
        );
        let mut w = Writer::indented("Root");
        w.open("A").elem("B", "1").close("A").empty("E");
        assert_eq!(
            w.finish(),
            format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Root xmlns=\"{S3_NS}\">\n  <A>\n    <B>1</B>\n  </A>\n  <E/>\n</Root>\n"
            )
        );
    }
}
