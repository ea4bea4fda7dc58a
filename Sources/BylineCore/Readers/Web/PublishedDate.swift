/// Reads the publication dates that scrapers and page metadata carry.
///
/// The calendar day is taken as written: `2024-06-03T23:30:00-05:00` is 3 June, the day the
/// report's readers saw, not the next day in UTC.
enum PublishedDate {
    /// The day in `text`, or nil when it names none or is ambiguous (`03/06/2024`).
    ///
    /// Understands ISO dates and datetimes (`2024-06-03`, `2024-06-03T09:15:00Z`,
    /// `2024-06-03 09:15:00`), `2024/06/03`, `03.06.2024`, and written dates in English,
    /// Spanish, French, German and Dutch (`June 3, 2024`, `Mon, 03 Jun 2024 09:15:00 GMT`,
    /// `Sat. Jan 22nd, 2022`, `3 de junio de 2024`).
    static func parse(_ text: String) -> ArticleDate? {
        let trimmed = text.normalizedSpacing
        if let date = numeric(trimmed) { return date }
        return written(trimmed)
    }

    /// The UTC day of a Unix timestamp in seconds, or in milliseconds when it is too large
    /// to be seconds (as JavaScript-minded scrapers write it).
    static func fromTimestamp(_ value: Double) -> ArticleDate? {
        guard value.isFinite, value >= 0 else { return nil }
        let seconds = value >= 100_000_000_000 ? value / 1000 : value
        guard seconds < 253_402_300_800 else { return nil }  // year 10000
        let d = ArticleDate.civil(fromDayNumber: Int(seconds / 86_400))
        return ArticleDate(year: d.year, month: d.month, day: d.day)
    }

    // MARK: - Numeric shapes

    private static func numeric(_ text: String) -> ArticleDate? {
        let fields = text.prefix(10).split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        guard fields.count == 3, fields.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return nil }
        let rest = text.dropFirst(10)
        guard rest.isEmpty || rest.first == "T" || rest.first == " " || rest.first == "t" else { return nil }
        let numbers = fields.compactMap { Int($0) }
        if fields[0].count == 4 {
            return ArticleDate(year: numbers[0], month: numbers[1], day: numbers[2])
        }
        guard fields[2].count == 4 else { return nil }
        // Day first with dots (European); with slashes only when one reading is impossible.
        if text.contains(".") { return ArticleDate(year: numbers[2], month: numbers[1], day: numbers[0]) }
        if numbers[0] > 12 { return ArticleDate(year: numbers[2], month: numbers[1], day: numbers[0]) }
        if numbers[1] > 12 { return ArticleDate(year: numbers[2], month: numbers[0], day: numbers[1]) }
        return numbers[0] == numbers[1] ? ArticleDate(year: numbers[2], month: numbers[0], day: numbers[1]) : nil
    }

    // MARK: - Written shapes

    private static func written(_ text: String) -> ArticleDate? {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != ":" })
        var month: Int?, monthPosition = 0, year: Int?
        var days: [(value: Int, position: Int)] = []
        for (position, word) in words.enumerated() {
            if word.contains(":") { continue }  // a time of day
            if month == nil, let m = monthNumber(String(word)) {
                month = m
                monthPosition = position
            } else if let number = leadingNumber(word) {
                if word.count == 4 && number.digits == 4 && year == nil {
                    year = number.value
                } else if number.digits <= 2, (1...31).contains(number.value), isDayWord(word, digits: number.digits) {
                    days.append((number.value, position))
                }
            }
        }
        guard let month, let year else { return nil }
        let day = days.min { abs($0.position - monthPosition) < abs($1.position - monthPosition) }
        guard let day, abs(day.position - monthPosition) <= 2 else { return nil }
        return ArticleDate(year: year, month: month, day: day.value)
    }

    private static func leadingNumber(_ word: Substring) -> (value: Int, digits: Int)? {
        let digits = word.prefix(while: { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty, let value = Int(digits) else { return nil }
        return (value, digits.count)
    }

    /// `3`, `03`, `22nd`, `1er`: a number alone or with an ordinal ending.
    private static func isDayWord(_ word: Substring, digits: Int) -> Bool {
        let suffix = word.dropFirst(digits)
        return suffix.isEmpty || ["st", "nd", "rd", "th", "er", "e", "o", "a"].contains(String(suffix))
    }

    private static func monthNumber(_ word: String) -> Int? {
        if let month = monthNames[word] { return month }
        // Abbreviations: `sept`, `dez`, `ene` — at least three letters and unique.
        guard word.count >= 3 else { return nil }
        let matches = Set(monthNames.filter { $0.key.hasPrefix(word) }.map(\.value))
        return matches.count == 1 ? matches.first : nil
    }

    private static let monthNames: [String: Int] = {
        let languages = [
            ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
            ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
            ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
            ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
            ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
        ]
        var table: [String: Int] = [:]
        for names in languages {
            for (index, name) in names.enumerated() { table[name] = index + 1 }
        }
        return table
    }()
}
