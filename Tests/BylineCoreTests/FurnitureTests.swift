import Testing
@testable import BylineCore

@Suite struct FurnitureTests {
    @Test(arguments: [
        "Leave a Reply", "Your email address will not be published. Required fields are marked *",
        "Required fields are marked *", "Advertisement", "Share this:", "Facebook", "Twitter", "X",
        "WhatsApp", "Telegram", "LinkedIn", "Email", "Print", "Read more: Geneva summit ends without a deal",
        "Click to share on Telegram (Opens in new window)", "Subscribe to our morning briefing", "Comments",
        "3 Comments", "Like this:", "Loading...", "Facebook Twitter WhatsApp", "» Share on X",
        "Post navigation",
    ])
    func siteFurnitureIsDropped(line: String) {
        #expect(Furniture.classify(line) == .line)
    }

    @Test(arguments: ["Related", "Related posts", "You may also like"])
    func relatedHeadersStartAListOfOtherStories(line: String) {
        #expect(Furniture.classify(line) == .relatedList)
    }

    @Test(arguments: [
        "Facebook and Twitter users shared footage of the flooded quay within minutes.",
        "Related talks in Brussels ended without agreement.",
        "Advertisement revenue at the port authority fell by a third.",
        "Print editions of the local paper carried the union’s statement in full.",
    ])
    func storySentencesMentioningTheSameWordsAreKept(line: String) {
        #expect(Furniture.classify(line) == nil)
    }
}
