//! A small CSV reader for the official open-data files: `;` or `,`
//! separated, fields optionally quoted (`""` escapes a quote, quoted fields
//! may span lines), UTF-8 with an optional BOM, LF or CRLF. Every record
//! carries the physical line it starts on, so importers can report malformed
//! rows by line number and go on.
//!
//! Standard library only: `build.rs` includes this file too.

use std::borrow::Cow;

/// One record and the line (1-based) it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record<'a> {
    pub line: usize,
    pub fields: Vec<Cow<'a, str>>,
}

impl Record<'_> {
    /// The field at `index`, trimmed; "" when the row is shorter.
    pub fn get(&self, index: usize) -> &str {
        self.fields.get(index).map(|f| f.trim()).unwrap_or("")
    }
}

/// A record that could not be read; the reader skips it and goes on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CsvError {
    /// A quoted field is followed by something other than a separator or
    /// the end of the line.
    TextAfterQuote { line: usize },
    /// A quoted field is never closed: the file ends inside it (truncated).
    UnterminatedQuote { line: usize },
}

impl CsvError {
    pub fn line(&self) -> usize {
        match self {
            CsvError::TextAfterQuote { line } | CsvError::UnterminatedQuote { line } => *line,
        }
    }
}

impl std::fmt::Display for CsvError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CsvError::TextAfterQuote { line } => {
                write!(f, "line {line}: text after a closing quote")
            }
            CsvError::UnterminatedQuote { line } => {
                write!(
                    f,
                    "line {line}: quoted field never closed (truncated file?)"
                )
            }
        }
    }
}

/// Iterates over the records of a whole file held in memory. Blank lines are
/// skipped.
pub struct Reader<'a> {
    text: &'a str,
    pos: usize,
    line: usize,
    separator: u8,
}

impl<'a> Reader<'a> {
    pub fn new(text: &'a str, separator: u8) -> Self {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        Reader {
            text,
            pos: 0,
            line: 1,
            separator,
        }
    }

    /// Guesses the separator from the first line: `;` if it has more `;`
    /// than `,`.
    pub fn sniff(text: &'a str) -> Self {
        let first = text.lines().next().unwrap_or("");
        let semicolons = first.matches(';').count();
        let commas = first.matches(',').count();
        Reader::new(text, if semicolons > commas { b';' } else { b',' })
    }

    /// Whether the text ended without a final line break (possible cut).
    pub fn ends_without_newline(&self) -> bool {
        !self.text.is_empty() && !self.text.ends_with('\n')
    }

    /// Skips the rest of the current physical line (after an error).
    fn skip_line(&mut self) {
        let bytes = self.text.as_bytes();
        while self.pos < bytes.len() {
            let b = bytes[self.pos];
            self.pos += 1;
            if b == b'\n' {
                self.line += 1;
                return;
            }
        }
    }

    fn read_record(&mut self) -> Result<Record<'a>, CsvError> {
        let bytes = self.text.as_bytes();
        let start_line = self.line;
        let mut fields = Vec::new();
        loop {
            // One field starts at self.pos.
            if bytes.get(self.pos) == Some(&b'"') {
                let quote_line = self.line;
                self.pos += 1;
                let start = self.pos;
                let mut owned: Option<String> = None;
                let mut chunk_start = start;
                loop {
                    match bytes.get(self.pos) {
                        None => {
                            return Err(CsvError::UnterminatedQuote { line: quote_line });
                        }
                        Some(b'"') if bytes.get(self.pos + 1) == Some(&b'"') => {
                            let s = owned.get_or_insert_with(String::new);
                            s.push_str(&self.text[chunk_start..=self.pos]);
                            self.pos += 2;
                            chunk_start = self.pos;
                        }
                        Some(b'"') => break,
                        Some(b'\n') => {
                            self.line += 1;
                            self.pos += 1;
                        }
                        Some(_) => self.pos += 1,
                    }
                }
                let field = match owned {
                    Some(mut s) => {
                        s.push_str(&self.text[chunk_start..self.pos]);
                        Cow::Owned(s)
                    }
                    None => Cow::Borrowed(&self.text[start..self.pos]),
                };
                self.pos += 1; // closing quote
                fields.push(field);
                match bytes.get(self.pos) {
                    None => {
                        return Ok(Record {
                            line: start_line,
                            fields,
                        })
                    }
                    Some(&b) if b == self.separator => self.pos += 1,
                    Some(b'\n') => {
                        self.pos += 1;
                        self.line += 1;
                        return Ok(Record {
                            line: start_line,
                            fields,
                        });
                    }
                    Some(b'\r') if bytes.get(self.pos + 1) == Some(&b'\n') => {
                        self.pos += 2;
                        self.line += 1;
                        return Ok(Record {
                            line: start_line,
                            fields,
                        });
                    }
                    Some(_) => {
                        let line = self.line;
                        self.skip_line();
                        return Err(CsvError::TextAfterQuote { line });
                    }
                }
            } else {
                let start = self.pos;
                while self.pos < bytes.len()
                    && bytes[self.pos] != self.separator
                    && bytes[self.pos] != b'\n'
                {
                    self.pos += 1;
                }
                let mut end = self.pos;
                let at_end_of_line = self.pos >= bytes.len() || bytes[self.pos] == b'\n';
                if at_end_of_line && end > start && bytes[end - 1] == b'\r' {
                    end -= 1;
                }
                fields.push(Cow::Borrowed(&self.text[start..end]));
                if self.pos >= bytes.len() {
                    return Ok(Record {
                        line: start_line,
                        fields,
                    });
                }
                self.pos += 1;
                if at_end_of_line {
                    self.line += 1;
                    return Ok(Record {
                        line: start_line,
                        fields,
                    });
                }
            }
        }
    }
}

impl<'a> Iterator for Reader<'a> {
    type Item = Result<Record<'a>, CsvError>;

    fn next(&mut self) -> Option<Self::Item> {
        let bytes = self.text.as_bytes();
        // Skip blank lines.
        loop {
            match bytes.get(self.pos) {
                None => return None,
                Some(b'\n') => {
                    self.pos += 1;
                    self.line += 1;
                }
                Some(b'\r') if bytes.get(self.pos + 1) == Some(&b'\n') => {
                    self.pos += 2;
                    self.line += 1;
                }
                Some(_) => break,
            }
        }
        Some(self.read_record())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(text: &str, sep: u8) -> Vec<Result<(usize, Vec<String>), CsvError>> {
        Reader::new(text, sep)
            .map(|r| r.map(|r| (r.line, r.fields.iter().map(|f| f.to_string()).collect())))
            .collect()
    }

    #[test]
    fn quoted_and_plain_fields() {
        let got = fields("a;\"b;c\";\"d\"\"e\"\n\"x\";;z\r\n", b';');
        assert_eq!(
            got,
            vec![
                Ok((1, vec!["a".into(), "b;c".into(), "d\"e".into()])),
                Ok((2, vec!["x".into(), "".into(), "z".into()])),
            ]
        );
    }

    #[test]
    fn multi_line_fields_keep_line_numbers() {
        let got = fields("h1,h2\n1,\"two\nlines\"\n\n3,4", b',');
        assert_eq!(got.len(), 3);
        assert_eq!(got[1], Ok((2, vec!["1".into(), "two\nlines".into()])));
        assert_eq!(got[2], Ok((5, vec!["3".into(), "4".into()])));
    }

    #[test]
    fn malformed_rows_are_reported_and_skipped() {
        let got = fields("a;b\n\"x\"y;z\nc;d\n", b';');
        assert_eq!(got[0], Ok((1, vec!["a".into(), "b".into()])));
        assert_eq!(got[1], Err(CsvError::TextAfterQuote { line: 2 }));
        assert_eq!(got[2], Ok((3, vec!["c".into(), "d".into()])));
    }

    #[test]
    fn a_truncated_quote_is_an_error() {
        let got = fields("a;b\n\"cut her", b';');
        assert_eq!(got[1], Err(CsvError::UnterminatedQuote { line: 2 }));
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn bom_and_sniffing() {
        let reader = Reader::sniff("\u{feff}a;b,c;d\n1;2;3\n");
        let rows: Vec<_> = reader.map(|r| r.unwrap().fields.len()).collect();
        assert_eq!(rows, vec![3, 3]);
    }
}
