/// The dateline opening a report's lead: `GENEVA — …`, `ALMATY, Kazakhstan (Reuters) - …`.
///
/// The place is written in capitals (any script without case counts too), may be followed by
/// a region or country and an agency in brackets, and is cut from the story by a dash.
struct LeadDateline: Sendable, Equatable {
    /// The dateline as written, without its dash: `ALMATY, Kazakhstan (Reuters)`.
    var text: String
    /// How many characters of the paragraph the dateline and its dash take, so the lead's
    /// first sentence can be read after it.
    var length: Int

    private static let dashes: [String] = [" — ", " – ", " - ", " -- ", "— ", " —", "– "]

    static func parse(_ paragraph: String) -> LeadDateline? {
        guard let range = firstDash(in: paragraph.prefix(74)),
              paragraph.distance(from: paragraph.startIndex, to: range.lowerBound) <= 70 else { return nil }
        let head = paragraph[..<range.lowerBound]
        let text = head.trimmed()
        guard isPlace(text), paragraph[range.upperBound...].contains(where: { $0.isLetter }) else { return nil }
        return LeadDateline(text: text, length: paragraph.distance(from: paragraph.startIndex, to: range.upperBound))
    }

    /// The leftmost of `dashes` in `opening` (the earlier-listed one when two start together).
    private static func firstDash(in opening: Substring) -> Range<String.Index>? {
        // Every dash holds `—`, `–` or ` -`, and no other spelling is canonically equivalent to
        // them: an opening without their bytes (most leads, most titles) is not walked.
        guard hasDashBytes(opening.utf8) else { return nil }
        var i = opening.startIndex
        while i < opening.endIndex {
            let c = opening[i]
            if c == " " || c == "—" || c == "–" {
                for dash in dashes {
                    let tail = opening[i...]
                    if tail.starts(with: dash) { return i..<tail.index(i, offsetBy: dash.count) }
                }
            }
            i = opening.index(after: i)
        }
        return nil
    }

    /// Whether `bytes` hold `—` (E2 80 94), `–` (E2 80 93) or a space and a hyphen.
    private static func hasDashBytes(_ bytes: Substring.UTF8View) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for b in bytes {
            if previous == (0xE2, 0x80) && (b == 0x94 || b == 0x93) || previous.1 == 0x20 && b == 0x2D { return true }
            previous = (previous.1, b)
        }
        return false
    }

    /// `GENEVA`, `VALPARAÍSO, Chile`, `ALMATY, Kazakhstan (Reuters)`, `NEW YORK, June 3 (AFP)`, `東京`.
    private static func isPlace(_ text: String) -> Bool {
        var main = Substring(text)
        if main.hasSuffix(")"), let open = main.lastIndex(of: "(") {
            main = main[..<open]
        }
        let parts = main.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmed() }
        guard let place = parts.first, !place.isEmpty, parts.allSatisfy({ !$0.isEmpty }), parts.count <= 3 else { return false }
        let letters = place.filter { $0.isLetter }
        guard letters.count >= 2, LineShape.wordCount(place) <= 4 else { return false }
        guard !letters.contains(where: { $0.isLowercase }) else { return false }
        // The words after the comma are a region, country or date: capitalised or numbers.
        return parts.dropFirst().allSatisfy { part in
            part.split(separator: " ").allSatisfy { word in
                guard let first = word.first else { return false }
                return first.isUppercase || first.isNumber || !first.isCased
            } && LineShape.wordCount(part) <= 4
        }
    }
}
