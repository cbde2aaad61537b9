//! The server's side of the crate's XML core: request bodies are read within the core's bounds (depth,
//! element count, size), and whatever is wrong with one is answered as S3 answers it, `MalformedXML`.
//! Responses are written with the core's [`Writer`].

use super::error::{Kind, S3Error};
use crate::xml::Limits;
pub use crate::xml::{Element, S3_NS, Writer, escape};

fn malformed(why: impl std::fmt::Display) -> S3Error {
    S3Error::msg(
        Kind::MalformedXML,
        format!("The XML you provided was not well-formed or did not validate against our published schema ({why})"),
    )
}

/// Parses a request body into its root element; `expect_root` is checked when given.
pub fn parse(body: &[u8], expect_root: Option<&str>) -> Result<Element, S3Error> {
    let root = crate::xml::parse_bytes(body, &Limits::DEFAULT).map_err(|e| malformed(e.message))?;
    if let Some(want) = expect_root
        && root.name != want
    {
        return Err(malformed(format!("root element is <{}>, expected <{want}>", root.name)));
    }
    Ok(root)
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
    fn nesting_beyond_any_s3_document_is_malformed_xml_not_a_crash() {
        // 50 000 levels in 350 KB once overflowed the stack and killed the server.
        let deep = "<Delete>".to_string() + &"<Object>".repeat(50_000);
        let e = parse(deep.as_bytes(), Some("Delete")).unwrap_err();
        assert_eq!(e.code(), "MalformedXML");
        assert!(e.message.contains("deeper than 32"), "{}", e.message);
        let wide = format!("<Delete>{}</Delete>", "<Object/>".repeat(300_000));
        assert!(
            parse(wide.as_bytes(), Some("Delete"))
                .unwrap_err()
                .message
                .contains("more than")
        );
    }
}
