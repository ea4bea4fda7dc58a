/// Decides a file's stored format from its content first and its extension second.
public enum FormatDetector {
    /// The format of `text`, or nil when the file is none of the supported formats.
    ///
    /// Content wins over the name: a `.txt` file that opens with a `---` YAML block is front
    /// matter, a `.txt` holding a JSON object is scraper JSON, and a page saved as `.txt` is HTML.
    public static func detect(_ text: String, pathExtension ext: String) -> ArticleFormat? {
        let head = leadingContent(text)
        if head.hasPrefix("---") && isFrontMatterOpening(head) { return .markdown }
        if head.hasPrefix("{") || head.hasPrefix("[{") || head.hasPrefix("[\n") || head.hasPrefix("[ ") || head == "[]" || head.hasPrefix("[]") {
            if ext == "json" || ext == "jsonl" || ext == "ndjson" || looksLikeJSON(head) { return .json }
        }
        // Every test below needs a leading `<`; lower-casing the head costs more than the rest.
        if head.unicodeScalars.first == "<" {
            let lowered = head.prefix(512).lowercased()
            if lowered.hasPrefix("<!doctype html") || lowered.hasPrefix("<html") || lowered.hasPrefix("<?xml")
                || lowered.hasPrefix("<head") || lowered.hasPrefix("<meta") || (lowered.hasPrefix("<") && ["html", "htm", "xhtml"].contains(ext)) {
                return .html
            }
        }
        switch ext {
        case "json", "jsonl", "ndjson": return .json
        case "html", "htm", "xhtml": return .html
        case "md", "markdown": return .markdown
        default: return .text
        }
    }

    private static func leadingContent(_ text: String) -> Substring {
        var s = Substring(text)
        if s.unicodeScalars.first == "\u{FEFF}" { s = s.dropFirst() }
        return s.drop(while: { $0.isWhitespace })
    }

    private static func isFrontMatterOpening(_ head: Substring) -> Bool {
        let firstLine = head.prefix(while: { !$0.isNewline })
        return firstLine.trimmingTrailingSpaces() == "---"
    }

    private static func looksLikeJSON(_ head: Substring) -> Bool {
        // `{"` or `[{` followed by a key: a story that happens to start with a brace does not.
        let compact = head.prefix(64).filter { !$0.isWhitespace }
        return compact.hasPrefix("{\"") || compact.hasPrefix("[{\"") || compact.hasPrefix("[]") || compact.hasPrefix("{}")
    }
}

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" || last == "\r" { s = s.dropLast() }
        return s
    }
}
