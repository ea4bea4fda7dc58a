extension StringProtocol {
    /// The text with every run of whitespace (including no-break spaces and line breaks)
    /// turned into one space, and none at either end.
    var normalizedSpacing: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar.isWebWhitespace {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace { bytes.append(0x20) }
            pendingSpace = false
            if scalar.isASCII {
                bytes.append(UInt8(scalar.value))
            } else if let encoded = UTF8.encode(scalar) {
                bytes.append(contentsOf: encoded)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension Unicode.Scalar {
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
        var s = Substring(self)
        while let first = s.first, set.contains(first) { s = s.dropFirst() }
        while let last = s.last, set.contains(last) { s = s.dropLast() }
        return String(s)
    }
}
