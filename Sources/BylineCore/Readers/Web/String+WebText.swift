extension StringProtocol {
    /// The text with every run of whitespace (including no-break spaces and line breaks)
    /// turned into one space, and none at either end.
    var normalizedSpacing: String {
        var out = ""
        out.reserveCapacity(utf8.count)
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.unicodeScalars.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            }
        }
        return out
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
