/// Turns the author names a scraper or a page lists into one byline.
enum BylineNames {
    /// `["By Ana Ruiz", "Tomás Vidal"]` → `Ana Ruiz and Tomás Vidal`; three or more names are
    /// joined as `A, B and C`. Web addresses (profile links given as authors) and repeats are
    /// dropped; nil when no name is left.
    static func join(_ names: [String]) -> String? {
        let cleaned = cleanedNames(names)
        switch cleaned.count {
        case 0: return nil
        case 1: return cleaned[0]
        default: return cleaned.dropLast().joined(separator: ", ") + " and " + cleaned[cleaned.count - 1]
        }
    }

    /// `["Ana Ruiz", "Tomás Vidal"]` → `Ana Ruiz, Tomás Vidal`: a page's list of authors
    /// (JSON-LD `author`, repeated `<meta>`) as reader modes show it, cleaned as `join` cleans.
    static func list(_ names: [String]) -> String? {
        cleanedNames(names).joined(separator: ", ").nonEmptyText
    }

    private static func cleanedNames(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.map(clean).filter { !$0.isEmpty && !isAddress($0) && seen.insert($0.lowercased()).inserted }
    }

    /// A name without the `By` that bylines open with.
    static func clean(_ name: String) -> String {
        let text = HTMLEntities.decode(name).normalizedSpacing
        for prefix in ["by ", "by: ", "von ", "por "] where text.lowercased().hasPrefix(prefix) {
            return String(text.dropFirst(prefix.count)).normalizedSpacing
        }
        return text
    }

    private static func isAddress(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || lowered.hasPrefix("www.")
    }
}
