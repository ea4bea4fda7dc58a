import Yams

extension FrontMatter {
    /// Looks fields up by any of their spellings and turns YAML nodes into Byline's values,
    /// noting fields of the wrong shape as warnings.
    struct FieldReader {
        private var fields: [String: Node] = [:]
        private let lineOffsets: [Int]
        var warnings: [String] = []

        init(mapping: Node.Mapping, lineOffsets: [Int]) {
            self.lineOffsets = lineOffsets
            for (key, value) in mapping {
                guard let name = key.string?.lowercased(), fields[name] == nil else { continue }
                fields[name] = value
            }
        }

        private func node(_ keys: [String]) -> (key: String, node: Node)? {
            for key in keys {
                guard let node = fields[key] else { continue }
                let isEmpty = node.scalar?.style == .plain && node.null != nil  // `title:` with no value
                if !isEmpty { return (key, node) }
            }
            return nil
        }

        /// The first of `keys` holding a scalar, as written, with its node.
        mutating func scalar(_ keys: String...) -> (String, Node)? {
            guard let (key, node) = node(keys) else { return nil }
            guard let scalar = node.scalar else {
                warnings.append("front matter field “\(key)” should be plain text; it was ignored")
                return nil
            }
            let text = scalar.string.trimmed([" ", "\t", "\n"])
            return text.isEmpty ? nil : (text, node)
        }

        mutating func text(_ keys: String...) -> String? {
            guard let (key, node) = node(keys) else { return nil }
            guard let scalar = node.scalar else {
                warnings.append("front matter field “\(key)” should be plain text; it was ignored")
                return nil
            }
            let text = scalar.string.split(whereSeparator: \.isNewline).joined(separator: " ").trimmed()
            return text.isEmpty ? nil : text
        }

        /// Names from a string, a list of strings, or `{name: …}` mappings.
        func names(_ keys: String...) -> [String] {
            guard let (_, node) = node(keys) else { return [] }
            return Self.names(in: node)
        }

        private static func names(in node: Node) -> [String] {
            switch node {
            case .scalar(let s):
                let name = s.string.trimmed()
                return name.isEmpty ? [] : [name]
            case .sequence(let seq):
                return seq.flatMap { names(in: $0) }
            case .mapping:
                for key in ["name", "display_name", "full_name", "fullname"] {
                    if let name = node[key]?.string?.trimmed(), !name.isEmpty { return [name] }
                }
                return []
            case .alias:
                return []
            }
        }

        /// `source:` as a name or `{url, name}`; the address wins over the name.
        func sourceField() -> String? {
            guard let (_, node) = node(["source", "source_name", "publication"]) else { return nil }
            if let text = node.scalar?.string.trimmed(), !text.isEmpty { return text }
            for key in ["url", "link", "href", "name", "title"] {
                if let text = node[key]?.string?.trimmed(), !text.isEmpty { return text }
            }
            return nil
        }

        /// A list, or a comma-separated string, merged over every spelling of the field.
        func list(_ keys: String...) -> [String] {
            var seen = Set<String>()
            var result: [String] = []
            for key in keys {
                guard let node = fields[key] else { continue }
                let items: [String]
                if let seq = node.sequence {
                    items = seq.compactMap { $0.string?.trimmed() }
                } else if let text = node.string {
                    items = text.split(separator: ",").map { $0.trimmed() }
                } else {
                    items = []
                }
                for item in items where !item.isEmpty && seen.insert(item.lowercased()).inserted { result.append(item) }
            }
            return result
        }

        /// `images:` (a list) and `image:` (one), each a path or `{src, alt, caption, credit}`.
        func images() -> [FrontMatterImage] {
            var nodes: [Node] = []
            for key in ["images", "image", "featured_image", "top_image"] {
                guard let node = fields[key] else { continue }
                if let seq = node.sequence { nodes += Array(seq) } else { nodes.append(node) }
            }
            return nodes.compactMap(image)
        }

        private func image(_ node: Node) -> FrontMatterImage? {
            if let src = node.scalar?.string.trimmed() {
                return src.isEmpty ? nil : FrontMatterImage(src: src)
            }
            guard node.mapping != nil else { return nil }
            func value(_ keys: String...) -> String? {
                for key in keys { if let v = node[key]?.string?.trimmed(), !v.isEmpty { return v } }
                return nil
            }
            let captionNode = ["caption", "title", "description"].lazy.compactMap { node[$0] }.first
            var image = FrontMatterImage(
                src: value("src", "url", "image", "file", "path"), alt: value("alt", "alt_text"),
                caption: captionNode?.string?.trimmed(), credit: value("credit", "photographer", "copyright", "byline")
            )
            if image.caption?.isEmpty == true { image.caption = nil }
            if let scalar = captionNode?.scalar, let mark = scalar.mark {
                image.captionOffset = offset(of: mark, quoted: scalar.style != .plain)
            }
            if image.credit == nil, let caption = image.caption, let (body, credit) = CaptionSplitter.splitCredit(caption) {
                image.caption = body
                image.credit = credit
            }
            guard image.caption != nil || image.alt != nil || image.credit != nil || image.src != nil else { return nil }
            return image
        }

        /// The file offset of a scalar's first character (past its opening quote).
        private func offset(of mark: Mark, quoted: Bool) -> Int? {
            guard mark.line >= 1, mark.line <= lineOffsets.count else { return nil }
            return lineOffsets[mark.line - 1] + mark.column - 1 + (quoted ? 1 : 0)
        }
    }
}
