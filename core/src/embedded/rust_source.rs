//! Writes a value of the model as a Rust expression, so the widget's build
//! can compile the analysis and the locales' texts in as `static` data: the
//! browser then decodes nothing at start-up and links no deserialiser.
//!
//! It is a `serde` serialiser over the model's own [`Serialize`] derives, with
//! one convention the model keeps: every string is a [`Text`](crate::model::Text)
//! and every sequence a [`List`](crate::model::List), both [`Cow`](std::borrow::Cow)s, written
//! `Cow::Borrowed(…)`. Structs and enums are written by their type names, so
//! the including module must have the model's types in scope. Maps and
//! byte strings have no place in the model and are refused.

use serde::ser::{self, Impossible, Serialize};
use std::fmt;

/// `value` as a Rust expression.
pub fn expression<T: Serialize + ?Sized>(value: &T) -> Result<String, Unsupported> {
    let mut writer = Writer { out: String::new() };
    value.serialize(&mut writer)?;
    Ok(writer.out)
}

/// What the model must not contain (a map, bytes), by serde's name for it.
#[derive(Debug)]
pub struct Unsupported(String);

impl fmt::Display for Unsupported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot write {} as Rust source", self.0)
    }
}

impl std::error::Error for Unsupported {}

impl ser::Error for Unsupported {
    fn custom<T: fmt::Display>(message: T) -> Self {
        Self(message.to_string())
    }
}

struct Writer {
    out: String,
}

impl Writer {
    fn push(&mut self, text: &str) {
        self.out.push_str(text);
    }

    fn literal(&mut self, value: impl fmt::Debug) -> Result<(), Unsupported> {
        self.out.push_str(&format!("{value:?}"));
        Ok(())
    }
}

/// Writes the items of a sequence, struct or variant, separated by commas.
struct Items<'a> {
    writer: &'a mut Writer,
    close: &'static str,
}

impl Items<'_> {
    fn item<T: Serialize + ?Sized>(&mut self, name: Option<&str>, value: &T) -> Result<(), Unsupported> {
        if let Some(name) = name {
            self.writer.push(name);
            self.writer.push(": ");
        }
        value.serialize(&mut *self.writer)?;
        self.writer.push(",\n");
        Ok(())
    }

    fn end(self) -> Result<(), Unsupported> {
        self.writer.push(self.close);
        Ok(())
    }
}

macro_rules! items {
    ($trait:ident, $method:ident, $($name:ident)?) => {
        impl ser::$trait for Items<'_> {
            type Ok = ();
            type Error = Unsupported;
            fn $method<T: Serialize + ?Sized>(&mut self, $($name: &'static str,)? value: &T) -> Result<(), Unsupported> {
                self.item(None $(.or(Some($name)))?, value)
            }
            fn end(self) -> Result<(), Unsupported> {
                Items::end(self)
            }
        }
    };
}

items!(SerializeSeq, serialize_element,);
items!(SerializeTuple, serialize_element,);
items!(SerializeTupleStruct, serialize_field,);
items!(SerializeTupleVariant, serialize_field,);
items!(SerializeStruct, serialize_field, name);
items!(SerializeStructVariant, serialize_field, name);

impl<'a> ser::Serializer for &'a mut Writer {
    type Ok = ();
    type Error = Unsupported;
    type SerializeSeq = Items<'a>;
    type SerializeTuple = Items<'a>;
    type SerializeTupleStruct = Items<'a>;
    type SerializeTupleVariant = Items<'a>;
    type SerializeMap = Impossible<(), Unsupported>;
    type SerializeStruct = Items<'a>;
    type SerializeStructVariant = Items<'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Unsupported> {
        self.literal(v)
    }
    fn serialize_i8(self, v: i8) -> Result<(), Unsupported> {
        self.literal(v)
    }
    fn serialize_i16(self, v: i16) -> Result<(), Unsupported> {
        self.literal(v)
    }
    fn serialize_i32(self, v: i32) -> Result<(), Unsupported> {
        self.literal(v)
    }
    fn serialize_i64(self, v: i64) -> Result<(), Unsupported> {
        self.literal(v)
    }
    fn serialize_u8(self, v: u8) -> Result<(), Unsupported> {
        self.literal(v)
    }
    fn serialize_u16(self, v: u16) -> Result<(), Unsupported> {
        self.literal(v)
    }
    fn serialize_u32(self, v: u32) -> Result<(), Unsupported> {
        self.literal(v)
    }
    fn serialize_u64(self, v: u64) -> Result<(), Unsupported> {
        self.literal(v)
    }
    fn serialize_f32(self, v: f32) -> Result<(), Unsupported> {
        self.literal(v)
    }
    fn serialize_f64(self, v: f64) -> Result<(), Unsupported> {
        self.literal(v)
    }
    fn serialize_char(self, v: char) -> Result<(), Unsupported> {
        self.literal(v)
    }
    fn serialize_str(self, v: &str) -> Result<(), Unsupported> {
        // Debug writes a string as a Rust literal, escapes and all.
        self.push("Cow::Borrowed(");
        self.literal(v)?;
        self.push(")");
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Unsupported> {
        Err(Unsupported("bytes".into()))
    }
    fn serialize_none(self) -> Result<(), Unsupported> {
        self.push("None");
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Unsupported> {
        self.push("Some(");
        value.serialize(&mut *self)?;
        self.push(")");
        Ok(())
    }
    fn serialize_unit(self) -> Result<(), Unsupported> {
        self.push("()");
        Ok(())
    }
    fn serialize_unit_struct(self, name: &'static str) -> Result<(), Unsupported> {
        self.push(name);
        Ok(())
    }
    fn serialize_unit_variant(self, name: &'static str, _: u32, variant: &'static str) -> Result<(), Unsupported> {
        self.push(name);
        self.push("::");
        self.push(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, name: &'static str, value: &T) -> Result<(), Unsupported> {
        self.push(name);
        self.push("(");
        value.serialize(&mut *self)?;
        self.push(")");
        Ok(())
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Unsupported> {
        self.serialize_unit_variant(name, 0, variant)?;
        self.push("(");
        value.serialize(&mut *self)?;
        self.push(")");
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Items<'a>, Unsupported> {
        self.push("Cow::Borrowed(&[\n");
        Ok(Items { writer: self, close: "])" })
    }
    fn serialize_tuple(self, _: usize) -> Result<Items<'a>, Unsupported> {
        self.push("(");
        Ok(Items { writer: self, close: ")" })
    }
    fn serialize_tuple_struct(self, name: &'static str, _: usize) -> Result<Items<'a>, Unsupported> {
        self.push(name);
        self.serialize_tuple(0)
    }
    fn serialize_tuple_variant(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Items<'a>, Unsupported> {
        self.serialize_unit_variant(name, 0, variant)?;
        self.serialize_tuple(0)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Unsupported> {
        Err(Unsupported("a map".into()))
    }
    fn serialize_struct(self, name: &'static str, _: usize) -> Result<Items<'a>, Unsupported> {
        self.push(name);
        self.push(" {\n");
        Ok(Items { writer: self, close: "}" })
    }
    fn serialize_struct_variant(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Items<'a>, Unsupported> {
        self.serialize_unit_variant(name, 0, variant)?;
        self.push(" {\n");
        Ok(Items { writer: self, close: "}" })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Block, Span, Text};
    use std::borrow::Cow;

    #[test]
    fn writes_the_model_s_shapes_as_rust() {
        let block = Block::Paragraph(Cow::Owned(vec![1, 2]));
        assert_eq!(expression(&block).unwrap(), "Block::Paragraph(Cow::Borrowed(&[\n1,\n2,\n]))");
        let text: Option<Text> = Some("a \"quote\"\n".into());
        assert_eq!(expression(&text).unwrap(), r#"Some(Cow::Borrowed("a \"quote\"\n"))"#);
        assert_eq!(expression(&Span { start: 1, end: 3 }).unwrap(), "Span {\nstart: 1,\nend: 3,\n}");
        assert!(expression(&std::collections::BTreeMap::from([(1, 2)])).is_err());
    }
}
