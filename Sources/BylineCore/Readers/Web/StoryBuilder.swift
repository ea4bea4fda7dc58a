/// Collects a report's blocks and captions in reading order, for the scraper JSON and HTML
/// readers, and keeps each caption pointing at its `.caption` block.
struct StoryBuilder {
    private(set) var blocks: [Block] = []
    private(set) var captions: [Caption] = []
    /// Set while the last block is an image known only by its alt text, which a caption
    /// written just after it (`<img>` then `<p class="caption">`) completes.
    private var lastIsBareImage = false

    /// Adds a block of story text; empty text and site furniture (`Advertisement`,
    /// `Share this:`) are dropped. `sourceOffset` stays nil: in JSON and HTML the file's text
    /// is not the story's text.
    mutating func add(_ kind: Block.Kind, _ text: String) {
        let shown = text.normalizedSpacing
        guard !shown.isEmpty, !FurnitureText.isFurniture(shown) else { return }
        blocks.append(Block(kind: kind, text: shown))
        lastIsBareImage = false
    }

    /// Adds an image's caption as a `.caption` block at the current position.
    ///
    /// When the image has alt text but no caption, the alt text is the caption; alt text that
    /// only repeats the caption is not kept twice. An image with neither says nothing and is
    /// skipped. A caption with no image of its own that comes straight after such an image is
    /// that image's caption, and the two become one.
    mutating func addCaption(alt: String?, text: String, credit: String?, image: String?) {
        let alt = alt?.normalizedSpacing.nonEmptyText
        let caption = text.normalizedSpacing.nonEmptyText
        guard let shown = caption ?? alt else { return }
        let credit = credit.map(CaptionCredit.cleaned)?.nonEmptyText
        if lastIsBareImage, let caption, alt == nil, image == nil, let bare = captions.popLast() {
            blocks.removeLast()
            lastIsBareImage = false
            addCaption(alt: bare.text, text: caption, credit: credit, image: bare.image)
            return
        }
        let keptAlt = caption == nil || alt == caption ? nil : alt
        captions.append(Caption(alt: keptAlt, text: shown, credit: credit, blockIndex: blocks.count, image: image?.nonEmptyText))
        blocks.append(Block(kind: .caption, text: shown))
        lastIsBareImage = caption == nil && credit == nil && image != nil
    }

    /// The place opening the lead, as in `GENEVA — …` or `VALPARAÍSO, Chile (Reuters) — …`.
    var dateline: String? {
        guard let lead = blocks.first(where: { $0.kind == .paragraph })?.text else { return nil }
        for dash in [" — ", " – ", " -- ", " - "] {
            guard let range = lead.firstRange(of: dash), lead.distance(from: lead.startIndex, to: range.lowerBound) <= 48 else { continue }
            var place = String(lead[..<range.lowerBound])
            if let paren = place.firstIndex(of: "(") { place = String(place[..<paren]) }
            place = place.strippingEnds(" ,")
            let head = place.prefix(while: { $0 != "," })
            let letters = head.filter(\.isLetter)
            guard letters.count >= 3, letters.allSatisfy(\.isUppercase), place.split(separator: " ").count <= 5 else { return nil }
            return place
        }
        return nil
    }

    /// A title cut from the lead, for reports that have none: the first sentence when it is
    /// short, otherwise its opening words up to about 80 characters and an ellipsis.
    var derivedTitle: String? {
        guard let lead = blocks.first(where: { $0.kind == .paragraph || $0.kind == .quote })?.text else { return nil }
        if let end = lead.firstRange(of: ". ")?.lowerBound, lead.distance(from: lead.startIndex, to: end) <= 100 {
            return String(lead[..<end])
        }
        if lead.count <= 100 { return lead }
        var title = ""
        for word in lead.split(separator: " ") {
            if title.count + word.count + 1 > 80 { break }
            title += title.isEmpty ? String(word) : " " + word
        }
        return (title.isEmpty ? String(lead.prefix(80)) : title) + "…"
    }
}
