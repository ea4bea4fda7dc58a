extension StringProtocol {
    /// The text without leading and trailing characters from `set` (spaces by default).
    func trimmed(_ set: Set<Character> = spacesAndTabs) -> String {
        guard let start = firstIndex(where: { !set.contains($0) }),
              let end = lastIndex(where: { !set.contains($0) }) else { return "" }
        return String(self[start...end])
    }

    /// Whether the text starts with `prefix`, ignoring case.
    func hasPrefixIgnoringCase(_ prefix: String) -> Bool {
        // An ASCII prefix without CR against an ASCII head (most lines): bytes decide, since no
        // ASCII byte after the head's last character can join it.
        let head = utf8.prefix(prefix.utf8.count + 1)
        if head.allSatisfy({ $0 < 0x80 }), prefix.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            return head.count >= prefix.utf8.count && zip(head, prefix.utf8).allSatisfy { asciiLower($0) == asciiLower($1) }
        }
        // A head opening with a non-ASCII scalar (a quotation mark) cannot lower-case to the
        // ASCII letter opening the prefix: only `İ` and the Kelvin sign lower-case to ASCII
        // letters, and no other character is canonically equivalent to one.
        if let first = prefix.utf8.first, (asciiLower(first) >= 0x61 && asciiLower(first) <= 0x7A),
           let scalar = unicodeScalars.first, scalar.value >= 0x80, scalar != "\u{130}", scalar != "\u{212A}" {
            return false
        }
        // Only the head is lower-cased: the text may be a whole report on one line.
        return self.prefix(prefix.count + 1).lowercased().hasPrefix(prefix.lowercased())
    }

    /// The range of the first ` word ` match of `needle`, ignoring case.
    func rangeIgnoringCase(of needle: String) -> Range<String.Index>? {
        let haystack = String(self)
        // ASCII on both sides, the needle without CR or LF: lower-cased bytes decide, and a
        // match cannot start or end inside a character (only CR LF joins two ASCII scalars).
        if !needle.isEmpty, needle.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D && $0 != 0x0A }),
           haystack.utf8.allSatisfy({ $0 < 0x80 }) {
            let hay = haystack.utf8.map(asciiLower), pattern = needle.utf8.map(asciiLower)
            guard pattern.count <= hay.count else { return nil }
            for i in 0...(hay.count - pattern.count) where hay[i..<(i + pattern.count)].elementsEqual(pattern) {
                let start = haystack.utf8.index(haystack.startIndex, offsetBy: i)
                return start..<haystack.utf8.index(start, offsetBy: pattern.count)
            }
            return nil
        }
        let lowered = haystack.lowercased()
        // Lower-casing can change lengths (İ), so only trust it when it does not.
        guard lowered.count == haystack.count, let r = lowered.firstRange(of: needle.lowercased()) else { return nil }
        let start = haystack.index(haystack.startIndex, offsetBy: lowered.distance(from: lowered.startIndex, to: r.lowerBound))
        let end = haystack.index(start, offsetBy: lowered.distance(from: r.lowerBound, to: r.upperBound))
        return start..<end
    }
}

/// The default of `trimmed`, made once rather than on every call.
let spacesAndTabs: Set<Character> = [" ", "\t", "\u{A0}"]

private func asciiLower(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
}
