/// Makes a title from a report's lead when the report has no title line.
///
///     TitleDeriver.derive(from: "Security forces appear to have regained control of the capital after days of violence, officials said.")
///     // "Security forces appear to have regained control of the capital…"
///
/// The title is the lead's first sentence without its full stop; a sentence wider than
/// `maxWidth` columns is cut on a word boundary (at the end of a clause when one ends past half
/// the width), never after a small linking word, and ends in `…`.
enum TitleDeriver {
    static let maxWidth = 80

    static func derive(from lead: String, maxWidth: Int = maxWidth) -> String {
        let sentence = dropFinalStop(firstSentence(of: lead))
        if DisplayWidth.of(sentence) <= maxWidth {
            return sentence
        }
        var words: [Substring] = []
        var width = 0
        for word in sentence.split(separator: " ") {
            let w = DisplayWidth.of(word) + (words.isEmpty ? 0 : 1)
            if width + w > maxWidth - 1 { break }
            words.append(word)
            width += w
        }
        if words.isEmpty {  // one very long word, or text without spaces (CJK)
            return String(DisplayWidth.prefix(sentence, fitting: maxWidth - 1)) + "…"
        }
        // End at a clause when one closes late enough, rather than mid-clause.
        if let clause = words.lastIndex(where: { [",", ";", ":"].contains($0.last) }),
           DisplayWidth.of(words[...clause].joined(separator: " ")) >= maxWidth / 2 {
            words.removeSubrange((clause + 1)...)
        }
        while words.count > 4, let last = words.last, linkingWords.contains(last.lowercased()) {
            words.removeLast()
        }
        let cut = words.joined(separator: " ").trimmed([" ", ",", ";", ":", "—", "–", "-", "(", "“", "‘"])
        return cut + "…"
    }

    /// The text up to the first full stop, question or exclamation mark that ends a sentence:
    /// followed by a space and a capital or an opening quote, and not after an abbreviation.
    /// Only the first `sentenceWindow` characters are searched: a title is cut to `maxWidth`
    /// columns anyway, and a lead may be a whole 10 MB file on one line.
    static func firstSentence(of text: String) -> String {
        let chars = Array(text.prefix(sentenceWindow))
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "." || c == "?" || c == "!" || c == "。" {
                var j = i + 1
                while j < chars.count, LineShape.closers.contains(chars[j]) { j += 1 }
                if c == "。" { return String(chars[...i]) }
                if j >= chars.count { return String(chars[..<j]) }
                if chars[j] == " ", j + 1 < chars.count,
                   chars[j + 1].isUppercase || LineShape.openers.contains(chars[j + 1]) || chars[j + 1].isNumber,
                   !(c == "." && endsWithAbbreviation(chars[max(0, i - 12)..<i])) {
                    return String(chars[..<j])
                }
            }
            i += 1
        }
        return chars.count < sentenceWindow ? text : String(chars)
    }

    static let sentenceWindow = 2_000

    private static func endsWithAbbreviation(_ chars: ArraySlice<Character>) -> Bool {
        let word = String(chars.reversed().prefix(while: { !$0.isWhitespace }).reversed())
        if word.count == 1, word.first!.isUppercase { return true }  // an initial: "J. Smith"
        if word.contains(".") { return true }                       // "U.S", "a.m"
        return abbreviations.contains(word.lowercased())
    }

    private static func dropFinalStop(_ sentence: String) -> String {
        sentence.hasSuffix(".") && !sentence.hasSuffix("..") ? String(sentence.dropLast()) : sentence
    }

    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "capt", "rep", "sen", "gov",
        "pres", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "no", "inc", "ltd", "co", "corp", "jr", "sr", "vs", "etc", "approx", "fig", "mt", "ft",
    ]

    private static let linkingWords: Set<String> = [
        "a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "but", "after", "as",
        "with", "by", "from", "that", "which", "who", "its", "his", "her", "their", "is", "was",
        "were", "are", "into", "than", "while", "when", "over", "under", "about", "since",
    ]
}
