/// Question-and-answer interviews: each question (a subhead or paragraph ending in `?`) is
/// followed by an answer given as a quotation with no speaker named, because the whole report
/// says who answers. With two such pairs or more, the report is taken to be an interview, and
/// every quotation after the first question that names no speaker is given to the person the
/// introduction (the blocks before the first question) names first.
enum InterviewAnswers {
    /// `quotes` with the answers of an interview given their speaker; unchanged for any other
    /// report. `firstPerson(blocks)` is the person entity first named in those blocks, if any.
    static func attributed(_ quotes: [QuoteAttributor.Found], blocks: [Block],
                           firstPerson: (Range<Int>) -> Int?) -> [QuoteAttributor.Found] {
        let questions = blocks.indices.filter { isQuestion(blocks[$0]) }
        guard let first = questions.first else { return quotes }
        let unattributed = Set(quotes.filter { $0.speaker == nil }.map(\.block))
        // A question followed straight away by an unattributed quotation.
        let answered = questions.filter { q in
            q + 1 < blocks.count && unattributed.contains(q + 1) && opensWithQuotation(blocks[q + 1].text)
        }
        guard answered.count >= 2, let interviewee = firstPerson(0..<first) else { return quotes }
        return quotes.map { quote in
            var quote = quote
            if quote.speaker == nil && quote.block > first { quote.speaker = interviewee }
            return quote
        }
    }

    private static func isQuestion(_ block: Block) -> Bool {
        guard block.kind == .subhead || block.kind == .paragraph else { return false }
        let last = block.text.unicodeScalars.last { !$0.properties.isWhitespace }
        return last == "?" && !opensWithQuotation(block.text) && block.text.unicodeScalars.count <= 300
    }

    private static func opensWithQuotation(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first(where: { !$0.properties.isWhitespace }) else { return false }
        return first == "“" || first == "\"" || first == "«" || first == "„"
    }
}
