import Testing
@testable import BylineCore

@Suite struct PlainBodyTests {
    @Test func paragraphsAreSplitByBlankLinesAndJoinWrappedLines() {
        #expect(PlainBody.paragraphs("First line\nwraps here.\n\n  \nSecond.\r\n\r\nThird.") == ["First line wraps here.", "Second.", "Third."])
    }

    @Test func withoutBlankLinesEachLineIsAParagraph() {
        #expect(PlainBody.paragraphs("One.\nTwo.\r\nThree.\n") == ["One.", "Two.", "Three."])
    }

    @Test func shortUnpunctuatedLinesBetweenParagraphsAreSubheads() {
        var story = WebStoryBuilder()
        var captions: [FoundCaption] = []
        PlainBody.add("Lead.\n\nShips wait in the bay\n\nMore.\n\n‘We are not moving’\n\n“We stay,” he said.\n\nLast line", to: &story, captions: &captions)
        #expect(story.blocks.map(\.kind) == [.paragraph, .subhead, .paragraph, .subhead, .paragraph, .paragraph])
    }

    @Test func furnitureLinesInTheTextAreDropped() {
        var story = WebStoryBuilder()
        var captions: [FoundCaption] = []
        PlainBody.add("Lead.\n\nAdvertisement\n\nShare this:\n\nFacebook\n\nRead more: Port talks stall\n\nEnd.", to: &story, captions: &captions)
        #expect(story.blocks.map(\.text) == ["Lead.", "End."])
    }

    @Test func aParagraphEndingInAnAgencyCreditIsACaptionInPlace() {
        var story = WebStoryBuilder()
        var captions: [FoundCaption] = []
        PlainBody.add("Lead.\n\nNets on the shore [Aleksei Morozov/AFP]\n\nThe vote [in 2019] was close.", to: &story, captions: &captions)
        #expect(story.blocks.map(\.kind) == [.paragraph, .caption, .paragraph])
        #expect(story.captions == [Caption(text: "Nets on the shore", credit: "Aleksei Morozov/AFP", blockIndex: 1)])
    }
}
