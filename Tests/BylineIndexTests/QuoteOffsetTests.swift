import Foundation
import Testing
@testable import BylineIndex

/// Quotes are stored by their place in their block; the place is found as Foundation's
/// `range(of:)` finds it, in Unicode scalars.
@Suite struct QuoteOffsetTests {
    @Test func aQuoteIsFoundAfterCurlyQuotesAndAccentedLettersCountedInScalars() {
        #expect(ArticleDetails.scalarOffset(of: "the water is ours", in: "“We said the water is ours,” Peña told reporters.") == 9)
        #expect(ArticleDetails.scalarOffset(of: "ours", in: "Valparaíso – the water is ours") == 26)
    }

    @Test func theFirstOfTwoOccurrencesIsTheOneStored() {
        #expect(ArticleDetails.scalarOffset(of: "drought", in: "A drought, then another drought.") == 2)
    }

    @Test func aQuoteNotInTheBlockHasNoPlace() {
        #expect(ArticleDetails.scalarOffset(of: "rain", in: "A drought, then another drought.") == nil)
        #expect(ArticleDetails.scalarOffset(of: "a longer quote than the block", in: "Short.") == nil)
        #expect(ArticleDetails.scalarOffset(of: "cafe", in: "Lunch at the café.") == nil)
    }

    @Test func textWithCombiningMarksIsMatchedUpToCanonicalEquivalence() {
        // A decomposed é in the block matches a composed one in the quote, as Foundation has it.
        #expect(ArticleDetails.scalarOffset(of: "café", in: "Lunch at the cafe\u{301}.") == 13)
        #expect(ArticleDetails.scalarOffset(of: "water", in: "cafe\u{301} water") == 6)
    }

    @Test func everyAnswerIsFoundationsAnswer() {
        let blocks = ["“Clean water,” Okafor said, “is a right.”", "Ingrid van der Berg — Delft", "渡辺健二 said 東京 talks went on",
                      "Line one\r\nline two", "soft\u{AD}hyphen and more", "e\u{301}te\u{301} and été", "K and \u{212A}elvin"]
        let quotes = ["water", "is a right.", "Delft", "東京", "line two", "hyphen", "été", "Kelvin", "K", "absent"]
        for block in blocks {
            for quote in quotes {
                let foundation = block.range(of: quote).map { block.unicodeScalars.distance(from: block.startIndex, to: $0.lowerBound) }
                #expect(ArticleDetails.scalarOffset(of: quote, in: block) == foundation, "\(quote) in \(block)")
            }
        }
    }
}
