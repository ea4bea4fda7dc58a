import BylineCore
import Testing

/// "Did you mean" counts edits by characters as a reader sees them, whether the words are
/// plain ASCII (compared byte by byte) or not.
struct EditDistanceTests {
    @Test func aMistypedWordIsOneEditAway() {
        #expect(EditDistance.between("serch", "search", limit: 2) == 1)
        #expect(EditDistance.between("search", "serch", limit: 2) == 1)
        #expect(EditDistance.between("elction", "election", limit: 2) == 1)
        #expect(EditDistance.between("search", "search", limit: 2) == 0)
    }

    @Test func twoNeighboursSwappedAreOneEdit() {
        #expect(EditDistance.between("teh", "the", limit: 2) == 1)
        #expect(EditDistance.between("recieve", "receive", limit: 2) == 1)
    }

    @Test func aWordFartherThanTheLimitCountsAsOneMore() {
        #expect(EditDistance.between("kitten", "sitting", limit: 3) == 3)
        #expect(EditDistance.between("kitten", "sitting", limit: 2) == 3)
        #expect(EditDistance.between("cat", "elephant", limit: 2) == 3)
        #expect(EditDistance.between("", "ab", limit: 2) == 2)
        #expect(EditDistance.between("abc", "", limit: 2) == 3)
    }

    @Test func anAccentedLetterIsOneCharacterLikeAnyOther() {
        #expect(EditDistance.between("café", "cafe", limit: 2) == 1)
        #expect(EditDistance.between("naïve", "naive", limit: 2) == 1)
        #expect(EditDistance.between("peña", "pena", limit: 2) == 1)
        #expect(EditDistance.between("Ruiz-Tagle", "Ruiz-Tagle", limit: 2) == 0)
        // The same words spelled with a combining accent: still one character each.
        #expect(EditDistance.between("cafe\u{301}", "cafe", limit: 2) == 1)
    }

    @Test func aCarriageReturnAndLineFeedAreOneCharacter() {
        #expect(EditDistance.between("x\r\n", "x", limit: 2) == 1)
        #expect(EditDistance.between("x\n", "x", limit: 2) == 1)
    }
}
