//! The XML wire form: reading the S3 document (with or without the namespace, any element order) into
//! the canonical value, and writing the exact document S3 expects (namespace, model element order,
//! escaping, deterministic layout).

use super::json::{child_path, to_json};
use super::{Field, Finding, Kind, LineIndex, ReplicationConfig, SCHEMA, closest, line_col};
use crate::xml::{self, Element as Elem};
use serde_json::{Map, Value};

const MALFORMED: &str = "MalformedXML";
const ROOT: &str = "ReplicationConfiguration";
/// The largest replication configuration S3 takes (checked on the text read and on the XML written).
pub const MAX_DOCUMENT_BYTES: usize = 2 * 1024 * 1024;

/// Parses the XML document into the canonical value, or every error found.
/// Parses XML text into the canonical value and the schema errors found (unknown elements, wrong types: those
/// members are left out of the value); `Err` for a syntax error, an oversized document or a wrong root.
pub(crate) fn read(text: &str) -> Result<(Value, Vec<Finding>), Vec<Finding>> {
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
    let value = to_obj(&LineIndex::new(text), &root, SCHEMA, "", None, &mut errors);
    Ok((value, errors))
}

/// The element tree of a replication document, within the XML core's bounds (a document nested deeper
/// than any S3 document is refused, not read), or the syntax error at its line:column.
fn tree(text: &str) -> Result<Elem, Finding> {
    let limits = xml::Limits::DEFAULT.with_max_bytes(MAX_DOCUMENT_BYTES);
    xml::parse_with(text, &limits)
        .map_err(|e| Finding::error("", MALFORMED, e.message).at(Some(line_col(text, e.offset))))
}

fn rule_id_of(e: &Elem) -> Option<&str> {
    e.children.iter().find(|c| c.name == "ID").map(|c| c.text.as_str())
}

fn to_obj(
    lines: &LineIndex,
    elem: &Elem,
    fields: &'static [Field],
    path: &str,
    rule_id: Option<&str>,
    errors: &mut Vec<Finding>,
) -> Value {
    let err = |offset: usize, p: &str, msg: String| {
        Finding::error(p, MALFORMED, msg)
            .with_rule(rule_id)
            .at(Some(lines.line_col(offset)))
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
    let mut given = vec![false; fields.len()];
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
        given[idx] = true;
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
            Kind::Obj(sub) => to_obj(lines, child, sub, &p, rule_id, errors),
            Kind::List(sub) => {
                let list = slots[idx].get_or_insert_with(|| Value::Array(Vec::new()));
                let Value::Array(items) = list else {
                    unreachable!("list slots hold arrays")
                };
                let i = items.len();
                let id = if path.is_empty() { rule_id_of(child) } else { rule_id };
                let item = to_obj(lines, child, sub, &format!("{p}[{i}]"), id, errors);
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
    for name in super::required_members(fields) {
        if let Some(i) = fields.iter().position(|f| f.xml == *name)
            && !given[i]
        {
            errors.push(err(elem.offset, path, super::missing_member(name)));
        }
    }
    let mut out = Map::new();
    for (field, slot) in fields.iter().zip(slots) {
        if let Some(v) = slot {
            out.insert(field.json.to_string(), v);
        }
    }
    Value::Object(out)
}

/// The position of each finding's path in an XML document (or of its closest ancestor present), for
/// findings that have none yet. JSON path segments map to elements: `Rules[i]` is the i-th `<Rule>`,
/// `Tags[j]` the j-th `<Tag>` of an `<And>`.
pub(crate) fn add_positions(text: &str, findings: &mut [Finding]) {
    let Ok(root) = tree(text) else { return };
    let lines = LineIndex::new(text);
    // Up to 1000 rules: index them once rather than counting through them for every finding.
    let rules: Vec<&Elem> = root.children("Rule").collect();
    for f in findings
        .iter_mut()
        .filter(|f| f.line_col.is_none() && !f.path.is_empty())
    {
        let mut elem = &root;
        for segment in f.path.split('.') {
            let (name, index) = match segment.split_once('[') {
                Some((name, rest)) => (name, rest.trim_end_matches(']').parse::<usize>().ok()),
                None => (segment, None),
            };
            let xml_name = match name {
                "Rules" => "Rule",
                "Tags" => "Tag",
                other => other,
            };
            let next = match index {
                Some(i) if std::ptr::eq(elem, &root) && xml_name == "Rule" => rules.get(i).copied(),
                Some(i) => elem.children(xml_name).nth(i),
                None => elem.child(xml_name),
            };
            match next {
                Some(child) => elem = child,
                None => break,
            }
        }
        f.line_col = Some(lines.line_col(elem.offset));
    }
}

/// The exact wire document: XML declaration, S3 namespace, elements in model order, two-space
/// indentation, text escaped, a final newline. The same config always gives the same bytes.
pub fn to_xml(cfg: &ReplicationConfig) -> String {
    let value = to_json(cfg);
    let mut w = xml::Writer::indented(ROOT);
    write_members(&mut w, &value, SCHEMA);
    w.finish()
}

fn write_members(w: &mut xml::Writer, v: &Value, fields: &'static [Field]) {
    for field in fields {
        let Some(member) = v.get(field.json) else {
            continue;
        };
        match (&field.kind, member) {
            (Kind::List(sub), Value::Array(items)) => {
                for item in items {
                    write_elem(w, field.xml, item, sub);
                }
            }
            (Kind::Obj(sub), _) => write_elem(w, field.xml, member, sub),
            (_, Value::String(s)) => {
                w.elem(field.xml, s);
            }
            (_, Value::Number(n)) => {
                w.elem(field.xml, &n.to_string());
            }
            _ => {}
        }
    }
}

fn write_elem(w: &mut xml::Writer, name: &str, v: &Value, fields: &'static [Field]) {
    if v.as_object().is_none_or(Map::is_empty) {
        w.empty(name);
        return;
    }
    w.open(name);
    write_members(w, v, fields);
    w.close(name);
}

#[cfg(test)]
mod tests {
    use super::super::{Filter, parse};
    use super::*;

    /// The reader's own errors (schema only), before `parse` adds the semantic checks.
    fn read_errors(text: &str) -> Vec<Finding> {
        match super::read(text) {
            Ok((_, errors)) => errors,
            Err(errors) => errors,
        }
    }

    fn xml_of(input: &str) -> String {
        let parsed = parse(input).expect("parses");
        to_xml(&parsed.config)
    }

    /// The expected wire document of the guide's one-rule configs.
    fn one_rule_doc(role: &str, id: &str, priority: u32, bucket: &str) -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?>
<ReplicationConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
  <Role>{role}</Role>
  <Rule>
    <ID>{id}</ID>
    <Priority>{priority}</Priority>
    <Filter>
      <Prefix></Prefix>
    </Filter>
    <Status>Enabled</Status>
    <Destination>
      <Bucket>{bucket}</Bucket>
    </Destination>
    <DeleteMarkerReplication>
      <Status>Enabled</Status>
    </DeleteMarkerReplication>
  </Rule>
</ReplicationConfiguration>
"#
        )
    }

    #[test]
    fn guide_leader_follower_json_converts_to_the_wire_document() {
        let xml = xml_of(include_str!("../../examples/leader-follower.json"));
        assert_eq!(
            xml,
            one_rule_doc(
                "6f00a21e-a535-4286-86c5-e81eeab3b4ff",
                "vie1-follower",
                1,
                "my-destination"
            )
        );
    }

    #[test]
    fn guide_conf_a_and_conf_b_convert_to_the_wire_documents() {
        assert_eq!(
            xml_of(include_str!("../../examples/conf-a.json")),
            one_rule_doc("91390068-c386-4d9d-b0f1-951e2baa818e", "to-bucket-b", 1, "bucket-b")
        );
        assert_eq!(
            xml_of(include_str!("../../examples/conf-b.json")),
            one_rule_doc("e23c886b-8091-4adc-b567-7bf796bed37b", "to-bucket-a", 1, "bucket-a")
        );
    }

    #[test]
    fn guide_xml_rule_reads_in_any_order_and_writes_in_model_order() {
        // The guide writes Status before Filter; the document comes out in model order.
        let xml = xml_of(include_str!("../../examples/minimal-rule.xml"));
        assert_eq!(
            xml,
            one_rule_doc(
                "6f00a21e-a535-4286-86c5-e81eeab3b4ff",
                "My-Rule-0",
                0,
                "my-exo-destination-bucket"
            )
        );
    }

    #[test]
    fn accepts_the_document_without_namespace_and_with_a_prefix() {
        let doc = "<ReplicationConfiguration><Role>r</Role><Rule><Status>Enabled</Status>\
                   <Destination><Bucket>b</Bucket></Destination><Prefix>logs/</Prefix></Rule>\
                   </ReplicationConfiguration>";
        let p = parse(doc).unwrap();
        assert_eq!(p.config.rules[0].prefix.as_deref(), Some("logs/"));
        assert!(p.notes.is_empty(), "XML gets no exo defaults");
        let ns = "<s3:ReplicationConfiguration xmlns:s3=\"http://s3.amazonaws.com/doc/2006-03-01/\">\
                  <s3:Role>r</s3:Role></s3:ReplicationConfiguration>";
        assert_eq!(parse(ns).unwrap().config.role, "r");
    }

    #[test]
    fn empty_filter_is_written_as_an_empty_element() {
        let doc = "<ReplicationConfiguration><Role>r</Role><Rule><Filter/><Status>Enabled</Status>\
                   <Destination><Bucket>b</Bucket></Destination></Rule></ReplicationConfiguration>";
        let cfg = parse(doc).unwrap().config;
        assert_eq!(cfg.rules[0].filter, Some(Filter::Empty));
        assert!(to_xml(&cfg).contains("\n    <Filter/>\n"));
        let json = to_json(&cfg);
        assert_eq!(json["Rules"][0]["Filter"], serde_json::json!({}));
    }

    #[test]
    fn text_is_escaped_and_read_back() {
        let doc = "<ReplicationConfiguration><Role>r</Role><Rule><Filter><Prefix>a&amp;b&lt;c&gt;\"'&#13;&#x1;\t \u{e9}</Prefix></Filter>\
                   <Status>Enabled</Status><Destination><Bucket>b</Bucket></Destination></Rule></ReplicationConfiguration>";
        let cfg = parse(doc).unwrap().config;
        let want = "a&b<c>\"'\r\u{1}\t \u{e9}";
        assert_eq!(cfg.rules[0].filter, Some(Filter::Prefix(want.into())));
        let out = to_xml(&cfg);
        assert!(
            out.contains("<Prefix>a&amp;b&lt;c&gt;&quot;&apos;&#xD;&#x1;\t \u{e9}</Prefix>"),
            "{out}"
        );
        assert_eq!(parse(&out).unwrap().config, cfg);
    }

    #[test]
    fn unknown_element_names_the_closest_and_its_position() {
        let doc = "<ReplicationConfiguration>\n  <Role>r</Role>\n  <Rule>\n    <Filter><Prefx>a</Prefx></Filter>\n  </Rule>\n</ReplicationConfiguration>";
        let errs = read_errors(doc);
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert_eq!(errs[0].path, "Rules[0].Filter");
        assert_eq!(errs[0].message, "unknown element <Prefx> (did you mean <Prefix>?)");
        assert_eq!(errs[0].line_col, Some((4, 13)));
        assert_eq!(errs[0].s3_code, "MalformedXML");
    }

    #[test]
    fn syntax_errors_carry_line_and_column() {
        let doc = "<ReplicationConfiguration>\n  <Role>r</Role>\n  <Rule></Rules>\n</ReplicationConfiguration>";
        let errs = parse(doc).unwrap_err();
        assert_eq!(errs.len(), 1);
        assert!(errs[0].message.starts_with("invalid XML"), "{errs:?}");
        assert_eq!(errs[0].line_col.map(|(l, _)| l), Some(3));
        let errs = parse("<ReplicationConfiguration>\n<Role>r").unwrap_err();
        assert_eq!(errs[0].message, "invalid XML: <Role> is never closed");
    }

    #[test]
    fn wrong_root_types_and_duplicates_are_errors() {
        let errs = parse("<Replication><Role>r</Role></Replication>").unwrap_err();
        assert!(errs[0].message.contains("expected <ReplicationConfiguration>"));
        let errs = read_errors(
            "<ReplicationConfiguration><Role>a</Role><Role>b</Role><Rule><Priority>x1</Priority></Rule></ReplicationConfiguration>",
        );
        let msgs: Vec<&str> = errs.iter().map(|e| e.message.as_str()).collect();
        assert_eq!(
            msgs,
            ["<Role> given more than once", "expected an integer, found \"x1\""]
        );
        assert_eq!(errs[1].path, "Rules[0].Priority");
    }

    #[test]
    fn tags_under_and_are_repeated_elements() {
        let doc = "<ReplicationConfiguration><Role>r</Role><Rule><Priority>1</Priority><Filter><And><Prefix>p/</Prefix>\
                   <Tag><Key>k1</Key><Value>v1</Value></Tag><Tag><Key>k2</Key><Value>v2</Value></Tag></And></Filter>\
                   <Status>Enabled</Status><Destination><Bucket>b</Bucket></Destination>\
                   <DeleteMarkerReplication><Status>Disabled</Status></DeleteMarkerReplication></Rule></ReplicationConfiguration>";
        let cfg = parse(doc).unwrap().config;
        let Some(Filter::And { prefix, tags }) = &cfg.rules[0].filter else {
            panic!("expected And: {:?}", cfg.rules[0].filter)
        };
        assert_eq!(prefix.as_deref(), Some("p/"));
        assert_eq!(tags.len(), 2);
        let json = to_json(&cfg);
        assert_eq!(json["Rules"][0]["Filter"]["And"]["Tags"][1]["Key"], "k2");
        let out = to_xml(&cfg);
        assert_eq!(out.matches("<Tag>").count(), 2);
        assert!(!out.contains("<Tags>"));
    }
}
