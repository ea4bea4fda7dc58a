/// Reads a calendar day from the ways reports write dates.
///
///     DatePhrase.parse("Sat. Jan 22nd, 2022")       // 2022-01-22
///     DatePhrase.parse("Monday, 3 June 2024")       // 2024-06-03
///     DatePhrase.parse("2024-06-03T09:30:00Z")      // 2024-06-03
///     DatePhrase.parse("The talks end in June")     // nil
///
/// Every word must belong to a date (weekday, month, day, year, time of day, time zone);
/// a sentence that merely contains a date is not one. Numeric day/month orders such as
/// `03/06/2024` are ambiguous and are not read.
enum DatePhrase {
    static func parse(_ text: String) -> ArticleDate? {
        let trimmed = text.trimmed()
        if let iso = isoPrefix(trimmed) { return iso }
        return fromWords(trimmed)
    }

    /// `2024-06-03` or `2024/06/03`, alone or followed by a time (`T09:30`, ` 09:30 +02:00`).
    private static func isoPrefix(_ text: String) -> ArticleDate? {
        let chars = Array(text)
        guard chars.count >= 10 else { return nil }
        let digitsAt: [Int] = [0, 1, 2, 3, 5, 6, 8, 9]
        guard digitsAt.allSatisfy({ chars[$0].isASCII && chars[$0].isNumber }),
              chars[4] == chars[7], chars[4] == "-" || chars[4] == "/" else { return nil }
        if chars.count > 10 {
            let rest = String(chars[10...])
            guard rest.first == "T" || rest.first == " " else { return nil }
            let allowed = Set("T0123456789:.+-Z zUTCGMutcgm")
            guard rest.allSatisfy({ allowed.contains($0) }) else { return nil }
        }
        let number = { (r: Range<Int>) in Int(String(chars[r]))! }
        return ArticleDate(year: number(0..<4), month: number(5..<7), day: number(8..<10))
    }

    private static func fromWords(_ text: String) -> ArticleDate? {
        var year: Int?, month: Int?, day: Int?
        var afterTime = false
        guard let tokens = tokens(text) else { return nil }
        for token in tokens {
            let lower = token.lowercased()
            if weekdays.contains(lower) || fillers.contains(lower) { continue }
            if let m = months[lower] {
                guard month == nil else { return nil }
                month = m
                continue
            }
            if token.contains(":") || meridiem.contains(lower) || zones.contains(lower) {
                afterTime = true
                continue
            }
            if let n = number(lower) {
                if afterTime { continue }  // a zone offset such as +0200
                if n.digits == 4 && year == nil && (1800...2200).contains(n.value) && !n.ordinal {
                    year = n.value
                } else if day == nil && (1...31).contains(n.value) && n.digits <= 2 {
                    day = n.value
                } else {
                    return nil
                }
                continue
            }
            return nil
        }
        guard let year, let month, let day else { return nil }
        return ArticleDate(year: year, month: month, day: day)
    }

    /// Words and numbers, split at spaces and punctuation such as `.`, `,`, `|`, `-`, `/`, `·`;
    /// nil when any other symbol occurs, since dates do not contain one.
    private static func tokens(_ text: String) -> [String]? {
        var result: [String] = []
        var current = ""
        for c in text {
            if c.isLetter || c.isNumber || c == ":" {
                current.append(c)
            } else if c == " " || c == "," || c == "." || c == "|" || c == "-" || c == "/" || c == "·"
                        || c == "–" || c == "—" || c == "+" || c == "(" || c == ")" || c == "\t" {
                if !current.isEmpty { result.append(current) }
                current = ""
            } else {
                return nil
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    private static func number(_ token: String) -> (value: Int, digits: Int, ordinal: Bool)? {
        let digits = token.prefix(while: { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty, let value = Int(digits) else { return nil }
        let suffix = token.dropFirst(digits.count)
        guard suffix.isEmpty || ["st", "nd", "rd", "th"].contains(String(suffix)) else { return nil }
        return (value, digits.count, !suffix.isEmpty)
    }

    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
        "december": 12, "dec": 12,
    ]
    private static let weekdays: Set<String> = [
        "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thur",
        "thurs", "friday", "fri", "saturday", "sat", "sunday", "sun",
    ]
    private static let fillers: Set<String> = ["the", "of", "on", "at"]
    private static let meridiem: Set<String> = ["am", "pm", "a", "m", "p"]
    private static let zones: Set<String> = [
        "gmt", "utc", "z", "bst", "cet", "cest", "eet", "eest", "est", "edt", "cst", "cdt", "pst",
        "pdt", "msk", "jst", "almt", "clt", "clst", "ist", "aest",
    ]
}
