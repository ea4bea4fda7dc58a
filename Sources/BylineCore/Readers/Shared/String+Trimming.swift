extension StringProtocol {
    /// The text without leading and trailing characters from `set` (spaces by default).
    func trimmed(_ set: Set<Character> = [" ", "\t", "\u{A0}"]) -> String {
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
        // Only the head is lower-cased: the text may be a whole report on one line.
        return self.prefix(prefix.count + 1).lowercased().hasPrefix(prefix.lowercased())
    }

    /// The range of the first ` word ` match of `needle`, ignoring case.
    func rangeIgnoringCase(of needle: String) -> Range<String.Index>? {
        let haystack = String(self)
        let lowered = haystack.lowercased()
        // Lower-casing can change lengths (İ), so only trust it when it does not.
        guard lowered.count == haystack.count, let r = lowered.firstRange(of: needle.lowercased()) else { return nil }
        let start = haystack.index(haystack.startIndex, offsetBy: lowered.distance(from: lowered.startIndex, to: r.lowerBound))
        let end = haystack.index(start, offsetBy: lowered.distance(from: r.lowerBound, to: r.upperBound))
        return start..<end
    }
}

private func asciiLower(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
}
