extension StringProtocol {
    /// The text with every run of whitespace (including no-break spaces and line breaks)
    /// turned into one space, and none at either end.
    var normalizedSpacing: String {
        // Works on the UTF-8 bytes, and most text (a clean attribute, a short label) comes back
        // as it was without being copied: this runs on every text of every page.
        if let result = utf8.withContiguousStorageIfAvailable({ $0.normalizingSpacing() }) {
            return result ?? String(self)
        }
        return Array(utf8).withUnsafeBufferPointer { $0.normalizingSpacing() } ?? String(self)
    }
}

extension String {
    /// Whether the text is empty or only `isWebWhitespace` characters, read on its bytes (the
    /// scorer asks it of every text node, many times over).
    var isWebBlank: Bool {
        var text = self
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let width = bytes.whitespaceWidth(at: index)
                guard width > 0 else { return false }
                index += width
            }
            return true
        }
    }
}

private extension UnsafeBufferPointer<UInt8> {
    /// `normalizedSpacing` of this UTF-8 text, or nil when the text is normalized already.
    func normalizingSpacing() -> String? {
        guard !isNormalizedSpacing else { return nil }
        // Written straight into the string's storage: the text never grows (a run of
        // whitespace becomes one space at most), and appending to an array byte by byte cost
        // more than the scan.
        return String(unsafeUninitializedCapacity: count) { out in
            var written = 0
            var pendingSpace = false
            var index = 0
            while index < count {
                let width = whitespaceWidth(at: index)
                if width > 0 {
                    pendingSpace = written > 0
                    index += width
                    continue
                }
                if pendingSpace {
                    out[written] = 0x20
                    written += 1
                }
                pendingSpace = false
                out[written] = self[index]
                written += 1
                index += 1
            }
            return written
        }
    }

    /// Whether no whitespace but single plain spaces between other characters is in the text.
    var isNormalizedSpacing: Bool {
        var afterSpace = true
        for index in indices {
            let width = whitespaceWidth(at: index)
            if width == 0 {
                afterSpace = false
            } else if width == 1, self[index] == 0x20, !afterSpace {
                afterSpace = true
            } else {
                return false
            }
        }
        return !afterSpace || isEmpty
    }

    /// The length in bytes of the `isWebWhitespace` character that starts at `index`, or 0.
    /// A continuation byte never starts one, so stepping one byte at a time is safe.
    @inline(__always)
    func whitespaceWidth(at index: Int) -> Int {
        let lead = self[index]
        if lead < 0x80 { return lead == 0x20 || (0x09...0x0D).contains(lead) ? 1 : 0 }
        switch lead {
        case 0xC2:  // U+0085, U+00A0
            return index + 1 < count && (self[index + 1] == 0x85 || self[index + 1] == 0xA0) ? 2 : 0
        case 0xE1:  // U+1680
            return index + 2 < count && self[index + 1] == 0x9A && self[index + 2] == 0x80 ? 3 : 0
        case 0xE2:  // U+2000...U+200A, U+2028, U+2029, U+202F, U+205F
            guard index + 2 < count else { return 0 }
            let (second, third) = (self[index + 1], self[index + 2])
            if second == 0x80 { return (0x80...0x8A).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0 }
            return second == 0x81 && third == 0x9F ? 3 : 0
        case 0xE3:  // U+3000
            return index + 2 < count && self[index + 1] == 0x80 && self[index + 2] == 0x80 ? 3 : 0
        default:
            return 0
        }
    }
}

extension Unicode.Scalar {
    /// `A`–`Z`, `a`–`z` or `0`–`9`.
    var isASCIILetterOrDigit: Bool {
        switch value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        default: return false
        }
    }

    /// Unicode's White_Space characters, spelled out: this runs for every character of every
    /// page, and the general property lookup is several times slower.
    var isWebWhitespace: Bool {
        switch value {
        case 0x20, 0x09...0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}

extension String {
    /// Nil for an empty string, so `??` can fall through to the next candidate.
    var nonEmptyText: String? { isEmpty ? nil : self }

    /// The text without any of the characters in `set` at either end.
    func strippingEnds(_ set: String) -> String {
        // Most text begins and ends with an ASCII letter or digit. The first and last
        // characters then hold that letter or digit, so they cannot equal, even canonically, a
        // character of a set without letters or digits: nothing is stripped, and the text is
        // not broken into characters to find out.
        if let first = unicodeScalars.first, let last = unicodeScalars.last, first.isASCIILetterOrDigit, last.isASCIILetterOrDigit,
           !set.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) {
            return self
        }
        var s = Substring(self)
        while let first = s.first, set.contains(first) { s = s.dropFirst() }
        while let last = s.last, set.contains(last) { s = s.dropLast() }
        return String(s)
    }
}
