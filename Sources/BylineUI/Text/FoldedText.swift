import Foundation

/// Text folded for matching (lower case, accents removed: `Peña` matches `pena`), remembering
/// where each folded scalar came from so that matches map back to the original text.
public struct FoldedText: Sendable {
    public let folded: [Unicode.Scalar]
    /// For each folded scalar, the offset of the original scalar it came from.
    private let origin: [Int]
    private let originalCount: Int

    public init(_ text: String) {
        var folded: [Unicode.Scalar] = []
        var origin: [Int] = []
        folded.reserveCapacity(text.unicodeScalars.count)
        origin.reserveCapacity(text.unicodeScalars.count)
        var cache: [UInt32: [Unicode.Scalar]] = [:]
        var offset = 0
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let v = scalar.value
                folded.append((0x41...0x5A).contains(v) ? Unicode.Scalar(v + 32)! : scalar)
                origin.append(offset)
            } else {
                let f0: [Unicode.Scalar]
                if let hit = cache[scalar.value] {
                    f0 = hit
                } else {
                    f0 = FoldedText.fold(scalar)
                    cache[scalar.value] = f0
                }
                for f in f0 {
                    folded.append(f)
                    origin.append(offset)
                }
            }
            offset += 1
        }
        self.folded = folded
        self.origin = origin
        originalCount = offset
    }

    /// The folded form of a query term.
    public static func fold(_ text: String) -> [Unicode.Scalar] {
        FoldedText(text).folded
    }

    /// Original scalar ranges where `needle` (already folded) occurs. With `wholeWords`, a match
    /// must start and end at word boundaries; `prefix` relaxes the end.
    public func ranges(of needle: [Unicode.Scalar], wholeWords: Bool = false, prefix: Bool = false, limit: Int = .max) -> [Range<Int>] {
        guard !needle.isEmpty, needle.count <= folded.count else { return [] }
        var out: [Range<Int>] = []
        let first = needle[0]
        var i = 0
        let last = folded.count - needle.count
        while i <= last {
            if folded[i] == first, matches(needle, at: i) {
                let end = i + needle.count
                if !wholeWords || (isBoundary(before: i) && (prefix || isBoundary(before: end))) {
                    out.append(origin[i]..<(end < folded.count ? origin[end] : originalCount))
                    if out.count >= limit { break }
                    i = end
                    continue
                }
            }
            i += 1
        }
        return out
    }

    private func matches(_ needle: [Unicode.Scalar], at i: Int) -> Bool {
        for j in 1..<needle.count where folded[i + j] != needle[j] { return false }
        return true
    }

    private func isBoundary(before i: Int) -> Bool {
        guard i > 0, i < folded.count else { return true }
        return !FoldedText.isWordScalar(folded[i - 1]) || !FoldedText.isWordScalar(folded[i])
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType != nil
    }

    private static func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping.lowercased()
        let kept = decomposed.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark }
        return kept.isEmpty ? [] : Array(kept)
    }
}
