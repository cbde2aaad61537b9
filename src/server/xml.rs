//! Small XML helpers for the server: a forgiving element tree read with quick-xml (request bodies are small:
//! versioning, lock, retention, delete lists, part lists) and a string builder for responses.

use super::error::{Kind, S3Error};
use quick_xml::events::Event;

/// One element: local name (namespace prefix dropped), text content, children in order.
#[derive(Debug, Clone, Default)]
pub struct Element {
    pub name: String,
    pub text: String,
    pub children: Vec<Element>,
}

impl Element {
    pub fn child(&self, name: &str) -> Option<&Element> {
        self.children.iter().find(|c| c.name == name)
    }
    pub fn children<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.children.iter().filter(move |c| c.name == name)
    }
    /// Trimmed text of a direct child.
    pub fn child_text(&self, name: &str) -> Option<&str> {
        self.child(name).map(|c| c.text.trim())
    }
}

fn malformed(why: impl std::fmt::Display) -> S3Error {
    S3Error::msg(
        Kind::MalformedXML,
        format!("The XML you provided was not well-formed or did not validate against our published schema ({why})"),
    )
}

/// Parses a document into its root element; `expect_root` is checked when given.
pub fn parse(body: &[u8], expect_root: Option<&str>) -> Result<Element, S3Error> {
    let text = std::str::from_utf8(body).map_err(|_| malformed("body is not UTF-8"))?;
    let mut reader = quick_xml::Reader::from_str(text);
    let mut stack: Vec<Element> = Vec::new();
    let mut root: Option<Element> = None;
    loop {
        match reader.read_event() {
            Ok(Event::Start(s)) => {
                let name = String::from_utf8_lossy(s.local_name().as_ref()).into_owned();
                stack.push(Element {
                    name,
                    ..Default::default()
                });
            }
            Ok(Event::Empty(s)) => {
                let name = String::from_utf8_lossy(s.local_name().as_ref()).into_owned();
                let el = Element {
                    name,
                    ..Default::default()
                };
                match stack.last_mut() {
                    Some(p) => p.children.push(el),
                    None if root.is_none() => root = Some(el),
                    None => return Err(malformed("more than one root element")),
                }
            }
            Ok(Event::End(_)) => {
                let el = stack.pop().ok_or_else(|| malformed("unbalanced end tag"))?;
                match stack.last_mut() {
                    Some(p) => p.children.push(el),
                    None if root.is_none() => root = Some(el),
                    None => return Err(malformed("more than one root element")),
                }
            }
            Ok(Event::Text(t)) => {
                if let Some(cur) = stack.last_mut() {
                    // In quick-xml 0.38 entity references arrive as separate GeneralRef events.
                    cur.text.push_str(&t.decode().map_err(malformed)?);
                }
            }
            Ok(Event::GeneralRef(r)) => {
                if let Some(cur) = stack.last_mut() {
                    let name = r.decode().map_err(malformed)?;
                    let resolved = match name.as_ref() {
                        "amp" => "&".to_string(),
                        "lt" => "<".to_string(),
                        "gt" => ">".to_string(),
                        "quot" => "\"".to_string(),
                        "apos" => "'".to_string(),
                        other => {
                            let ch = other
                                .strip_prefix("#x")
                                .and_then(|h| u32::from_str_radix(h, 16).ok())
                                .or_else(|| other.strip_prefix('#').and_then(|d| d.parse().ok()))
                                .and_then(char::from_u32)
                                .ok_or_else(|| malformed(format!("unknown entity &{other};")))?;
                            ch.to_string()
                        }
                    };
                    cur.text.push_str(&resolved);
                }
            }
            Ok(Event::CData(c)) => {
                if let Some(cur) = stack.last_mut() {
                    cur.text.push_str(&String::from_utf8_lossy(&c));
                }
            }
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(e) => return Err(malformed(e)),
        }
    }
    if !stack.is_empty() {
        return Err(malformed("unexpected end of document"));
    }
    let root = root.ok_or_else(|| malformed("empty document"))?;
    if let Some(want) = expect_root
        && root.name != want
    {
        return Err(malformed(format!("root element is <{}>, expected <{want}>", root.name)));
    }
    Ok(root)
}

/// Escapes text for element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters cannot appear raw in XML 1.0; S3 writes them as character references.
            c if (c as u32) < 0x20 && c != '\t' && c != '\n' => out.push_str(&format!("&#x{:X};", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// Builds a response document.
pub struct Writer {
    buf: String,
}

pub const S3_NS: &str = "http://s3.amazonaws.com/doc/2006-03-01/";

impl Writer {
    /// Starts a document whose root element carries the S3 namespace.
    pub fn new(root: &str) -> Self {
        let mut buf = String::with_capacity(512);
        buf.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<");
        buf.push_str(root);
        buf.push_str(" xmlns=\"");
        buf.push_str(S3_NS);
        buf.push_str("\">");
        Writer { buf }
    }
    pub fn open(&mut self, name: &str) -> &mut Self {
        self.buf.push('<');
        self.buf.push_str(name);
        self.buf.push('>');
        self
    }
    pub fn close(&mut self, name: &str) -> &mut Self {
        self.buf.push_str("</");
        self.buf.push_str(name);
        self.buf.push('>');
        self
    }
    pub fn elem(&mut self, name: &str, text: &str) -> &mut Self {
        self.open(name);
        self.buf.push_str(&escape(text));
        self.close(name)
    }
    pub fn opt(&mut self, name: &str, text: Option<&str>) -> &mut Self {
        if let Some(t) = text {
            self.elem(name, t);
        }
        self
    }
    pub fn finish(mut self, root: &str) -> String {
        self.close(root);
        self.buf
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_with_namespace_entities_and_empty_elements() {
        let doc = br#"<?xml version="1.0"?><Delete xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Quiet/><Object><Key>a&amp;b&#x41;</Key></Object><Object><Key>c</Key><VersionId>v1</VersionId></Object></Delete>"#;
        let root = parse(doc, Some("Delete")).unwrap();
        assert!(root.child("Quiet").is_some());
        let keys: Vec<_> = root
            .children("Object")
            .map(|o| o.child_text("Key").unwrap().to_string())
            .collect();
        assert_eq!(keys, vec!["a&bA", "c"]);
        assert_eq!(
            root.children("Object").nth(1).unwrap().child_text("VersionId"),
            Some("v1")
        );
        assert!(parse(b"<A><B></A>", None).is_err());
        assert!(parse(b"<A/>", Some("B")).is_err());
        assert!(parse(b"", None).is_err());
    }

    #[test]
    fn escapes_control_characters() {
        assert_eq!(escape("a<&>\u{1}"), "a&lt;&amp;&gt;&#x1;");
        assert_eq!(escape("\r\t\n\"'"), "&#xD;\t\n&quot;&apos;");
    }
}
