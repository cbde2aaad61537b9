//! The XML wire form: reading the S3 document (with or without the namespace, any element order) into
//! the canonical value, and writing the exact document S3 expects (namespace, model element order,
//! escaping, deterministic layout).

use super::json::{child_path, to_json};
use super::{Field, Finding, Kind, ReplicationConfig, S3_NAMESPACE, SCHEMA, closest, line_col};
use quick_xml::events::Event;
use serde_json::{Map, Value};

const MALFORMED: &str = "MalformedXML";
const ROOT: &str = "ReplicationConfiguration";
/// The largest document S3 takes.
pub const MAX_DOCUMENT_BYTES: usize = 2 * 1024 * 1024;

/// An element as read, before it is checked against the schema.
#[derive(Debug, Default)]
struct Elem {
    name: String,
    /// Byte offset of its `<`, for line:column in errors.
    offset: usize,
    children: Vec<Elem>,
    text: String,
}

/// Parses the XML document into the canonical value, or every error found.
pub(crate) fn read(text: &str) -> Result<Value, Vec<Finding>> {
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(vec![Finding::error(
            "",
            MALFORMED,
            format!(
                "the document is {} bytes; S3 takes at most {MAX_DOCUMENT_BYTES}",
                text.len()
            ),
        )]);
    }
    let root = tree(text).map_err(|e| vec![e])?;
    let mut errors = Vec::new();
    if root.name != ROOT {
        let hint = if root.name.eq_ignore_ascii_case(ROOT) {
            format!(" (did you mean \"{ROOT}\"?)")
        } else {
            String::new()
        };
        errors.push(
            Finding::error(
                "",
                MALFORMED,
                format!("the root element is <{}>, expected <{ROOT}>{hint}", root.name),
            )
            .at(Some(line_col(text, root.offset))),
        );
        return Err(errors);
    }
    let value = to_obj(text, &root, SCHEMA, "", None, &mut errors);
    if errors.is_empty() { Ok(value) } else { Err(errors) }
}

fn syntax(text: &str, offset: u64, message: impl std::fmt::Display) -> Finding {
    let offset = usize::try_from(offset).unwrap_or(usize::MAX);
    Finding::error("", MALFORMED, format!("invalid XML: {message}")).at(Some(line_col(text, offset)))
}

fn tree(text: &str) -> Result<Elem, Finding> {
    let mut reader = quick_xml::Reader::from_str(text);
    let mut stack: Vec<Elem> = Vec::new();
    let mut root: Option<Elem> = None;
    loop {
        let start = reader.buffer_position();
        let event = reader
            .read_event()
            .map_err(|e| syntax(text, reader.error_position(), e))?;
        let offset = usize::try_from(start).unwrap_or(usize::MAX);
        let decode_err = |e: quick_xml::encoding::EncodingError| syntax(text, start, e);
        match event {
            Event::Start(e) | Event::Empty(e) if root.is_some() && stack.is_empty() => {
                let _ = e;
                return Err(syntax(text, start, "more than one root element"));
            }
            Event::Start(e) => stack.push(Elem {
                name: String::from_utf8_lossy(e.local_name().as_ref()).into_owned(),
                offset,
                ..Elem::default()
            }),
            Event::Empty(e) => {
                let elem = Elem {
                    name: String::from_utf8_lossy(e.local_name().as_ref()).into_owned(),
                    offset,
                    ..Elem::default()
                };
                match stack.last_mut() {
                    Some(parent) => parent.children.push(elem),
                    None => root = Some(elem),
                }
            }
            Event::End(_) => {
                let elem = stack.pop().expect("quick-xml checks end names");
                match stack.last_mut() {
                    Some(parent) => parent.children.push(elem),
                    None => root = Some(elem),
                }
            }
            Event::Text(t) => {
                let s = t.xml10_content().map_err(decode_err)?;
                match stack.last_mut() {
                    Some(e) => e.text.push_str(&s),
                    None if s.trim().is_empty() => {}
                    None => return Err(syntax(text, start, "text outside the root element")),
                }
            }
            Event::CData(t) => {
                let s = t.xml10_content().map_err(decode_err)?;
                match stack.last_mut() {
                    Some(e) => e.text.push_str(&s),
                    None => return Err(syntax(text, start, "CDATA outside the root element")),
                }
            }
            Event::GeneralRef(r) => {
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => c,
                    Ok(None) => {
                        let name = r.decode().map_err(decode_err)?;
                        match name.as_ref() {
                            "amp" => '&',
                            "lt" => '<',
                            "gt" => '>',
                            "quot" => '"',
                            "apos" => '\'',
                            other => {
                                return Err(syntax(text, start, format!("unknown entity &{other};")));
                            }
                        }
                    }
                    Err(e) => return Err(syntax(text, start, e)),
                };
                match stack.last_mut() {
                    Some(e) => e.text.push(resolved),
                    None => return Err(syntax(text, start, "text outside the root element")),
                }
            }
            Event::Eof => break,
            Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::DocType(_) => {}
        }
    }
    if let Some(open) = stack.last() {
        return Err(syntax(
            text,
            open.offset as u64,
            format!("<{}> is never closed", open.name),
        ));
    }
    root.ok_or_else(|| syntax(text, 0, "no root element"))
}

fn rule_id_of(e: &Elem) -> Option<&str> {
    e.children.iter().find(|c| c.name == "ID").map(|c| c.text.as_str())
}

fn to_obj(
    text: &str,
    elem: &Elem,
    fields: &'static [Field],
    path: &str,
    rule_id: Option<&str>,
    errors: &mut Vec<Finding>,
) -> Value {
    let err = |offset: usize, p: &str, msg: String| {
        Finding::error(p, MALFORMED, msg)
            .with_rule(rule_id)
            .at(Some(line_col(text, offset)))
    };
    if !elem.text.trim().is_empty() {
        errors.push(err(
            elem.offset,
            path,
            format!(
                "<{}> holds elements, not text (found {:?})",
                elem.name,
                elem.text.trim()
            ),
        ));
    }
    let mut slots: Vec<Option<Value>> = vec![None; fields.len()];
    for child in &elem.children {
        let Some(idx) = fields.iter().position(|f| f.xml == child.name) else {
            let hint = closest(&child.name, fields.iter().map(|f| f.xml))
                .map(|c| format!(" (did you mean <{c}>?)"))
                .unwrap_or_default();
            errors.push(err(
                child.offset,
                path,
                format!("unknown element <{}>{hint}", child.name),
            ));
            continue;
        };
        let field = &fields[idx];
        let p = child_path(path, field.json);
        let leaf_text = |errors: &mut Vec<Finding>| {
            if let Some(grandchild) = child.children.first() {
                errors.push(err(
                    grandchild.offset,
                    &p,
                    format!("<{}> holds text, not elements", child.name),
                ));
                None
            } else {
                Some(child.text.clone())
            }
        };
        let value = match &field.kind {
            Kind::Str => match leaf_text(errors) {
                Some(s) => Value::String(s),
                None => continue,
            },
            Kind::Int => match leaf_text(errors) {
                Some(s) => match s.trim().parse::<i64>() {
                    Ok(n) => Value::from(n),
                    Err(_) => {
                        errors.push(err(child.offset, &p, format!("expected an integer, found {s:?}")));
                        continue;
                    }
                },
                None => continue,
            },
            Kind::Obj(sub) => to_obj(text, child, sub, &p, rule_id, errors),
            Kind::List(sub) => {
                let list = slots[idx].get_or_insert_with(|| Value::Array(Vec::new()));
                let Value::Array(items) = list else {
                    unreachable!("list slots hold arrays")
                };
                let i = items.len();
                let id = if path.is_empty() { rule_id_of(child) } else { rule_id };
                let item = to_obj(text, child, sub, &format!("{p}[{i}]"), id, errors);
                if let Some(Value::Array(items)) = slots[idx].as_mut() {
                    items.push(item);
                }
                continue;
            }
        };
        if slots[idx].is_some() {
            errors.push(err(child.offset, &p, format!("<{}> given more than once", child.name)));
            continue;
        }
        slots[idx] = Some(value);
    }
    let mut out = Map::new();
    for (field, slot) in fields.iter().zip(slots) {
        if let Some(v) = slot {
            out.insert(field.json.to_string(), v);
        }
    }
    Value::Object(out)
}

/// The exact wire document: XML declaration, S3 namespace, elements in model order, two-space
/// indentation, text escaped, a final newline. The same config always gives the same bytes.
pub fn to_xml(cfg: &ReplicationConfig) -> String {
    let value = to_json(cfg);
    let mut out = String::with_capacity(256 + cfg.rules.len() * 400);
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&format!("<{ROOT} xmlns=\"{S3_NAMESPACE}\">\n"));
    write_members(&mut out, &value, SCHEMA, 1);
    out.push_str(&format!("</{ROOT}>\n"));
    out
}

fn indent(out: &mut String, depth: usize) {
    for _ in 0..depth {
        out.push_str("  ");
    }
}

fn write_members(out: &mut String, v: &Value, fields: &'static [Field], depth: usize) {
    for field in fields {
        let Some(member) = v.get(field.json) else {
            continue;
        };
        match (&field.kind, member) {
            (Kind::List(sub), Value::Array(items)) => {
                for item in items {
                    write_elem(out, field.xml, item, sub, depth);
                }
            }
            (Kind::Obj(sub), _) => write_elem(out, field.xml, member, sub, depth),
            (_, Value::String(s)) => write_leaf(out, field.xml, s, depth),
            (_, Value::Number(n)) => write_leaf(out, field.xml, &n.to_string(), depth),
            _ => {}
        }
    }
}

fn write_elem(out: &mut String, name: &str, v: &Value, fields: &'static [Field], depth: usize) {
    indent(out, depth);
    if v.as_object().is_none_or(Map::is_empty) {
        out.push_str(&format!("<{name}/>\n"));
        return;
    }
    out.push_str(&format!("<{name}>\n"));
    write_members(out, v, fields, depth + 1);
    indent(out, depth);
    out.push_str(&format!("</{name}>\n"));
}

fn write_leaf(out: &mut String, name: &str, text: &str, depth: usize) {
    indent(out, depth);
    out.push('<');
    out.push_str(name);
    out.push('>');
    escape_into(out, text);
    out.push_str("</");
    out.push_str(name);
    out.push_str(">\n");
}

/// Escapes element text. `\r` and the other control characters are written as character references so
/// that a reader's end-of-line normalization cannot change them (S3 writes `&#x1;` for the control
/// characters XML 1.0 has no literal form for, and so do we).
fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\t' | '\n' => out.push(c),
            '\r' => out.push_str("&#13;"),
            c if (c as u32) < 0x20 => out.push_str(&format!("&#x{:X};", c as u32)),
            c => out.push(c),
        }
    }
}
