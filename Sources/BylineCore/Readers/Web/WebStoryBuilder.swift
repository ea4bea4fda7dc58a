/// Collects a report's blocks and captions in reading order, for the scraper JSON and HTML
/// readers, and keeps each caption pointing at its `.caption` block.
///
/// Unlike the text readers' `StoryBuilder`, it records no source offsets: in JSON and HTML the
/// file's text is not the story's text.
struct WebStoryBuilder {
    private(set) var blocks: [Block] = []
    private(set) var captions: [Caption] = []
    /// Set while the last block is an image known only by its alt text, which a caption
    /// written just after it (`<img>` then `<p class="caption">`) completes.
    private var lastIsBareImage = false

    /// Adds a block of story text; empty text and stray furniture labels (`Advertisement`,
    /// `Share this:`) are dropped.
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

    /// The place opening the lead (`GENEVA`, `VALPARAÍSO, Chile`), read as the text
    /// format reads it (see `LeadDateline`).
    var dateline: String? {
        blocks.first(where: { $0.kind == .paragraph }).flatMap { LeadDateline.parse($0.text)?.text }
    }

    /// A title cut from the lead for reports that have none, as the text format cuts it
    /// (see `TitleDeriver`).
    var derivedTitle: String? {
        blocks.first(where: { $0.kind == .paragraph || $0.kind == .quote }).map { TitleDeriver.derive(from: $0.text) }
    }
}
