/// Image captions in a scraper's record: `images` (addresses, or objects with `src`/`url`,
/// `alt`, `caption`, `credit`), `image_captions` (a list of caption strings, matched to the
/// `images` addresses when the lists are as long) and a `top_image` object with a caption.
enum ScraperImages {
    static func captions(_ record: JSONValue) -> [FoundCaption] {
        var found: [FoundCaption] = []
        let images = record.member(ScraperFields.imagesKeys)?.array ?? []
        let captionList = record.member(ScraperFields.imageCaptionsKeys)?.array ?? []
        let addresses = images.compactMap(\.string)
        let pairByIndex = !captionList.isEmpty && addresses.count == images.count && addresses.count == captionList.count
        // `top_image` is usually a bare address; schema.org-minded scrapers give `image` as an object.
        for key in ScraperFields.topImageKeys {
            if let top = record[key], top.isObject, let caption = fromObject(top) {
                found.append(caption)
                break
            }
        }
        for image in images where image.isObject {
            if let caption = fromObject(image) { found.append(caption) }
        }
        for (index, entry) in captionList.enumerated() {
            let image = pairByIndex ? addresses[index] : nil
            if entry.isObject {
                if var caption = fromObject(entry) {
                    caption.image = caption.image ?? image
                    found.append(caption)
                }
            } else if let text = ScraperFields.text(entry) {
                let (caption, credit) = CaptionCredit.split(text)
                if !caption.isEmpty { found.append(FoundCaption(alt: nil, text: caption, credit: credit, image: image)) }
            }
        }
        var seen = Set<String>()
        return found.filter { seen.insert(($0.text.nonEmptyText ?? $0.alt ?? "") + "\u{0}" + ($0.credit ?? "")).inserted }
    }

    /// A caption from `{"src": …, "alt": …, "caption": …, "credit": …}`; nil when the image
    /// has neither caption nor alt text.
    private static func fromObject(_ object: JSONValue) -> FoundCaption? {
        let address = object.member(["src", "url", "href", "link", "contentUrl"]).flatMap(ScraperFields.text)
        let alt = object.member(["alt", "alt_text", "alternativeText"]).flatMap(ScraperFields.text)?.normalizedSpacing.nonEmptyText
        let written = object.member(["caption", "title", "description", "text"]).flatMap(ScraperFields.text) ?? ""
        var credit = object.member(["credit", "copyright", "copyrightHolder", "photographer", "creditText"])
            .flatMap { $0.isObject ? $0["name"].flatMap(ScraperFields.text) : ScraperFields.text($0) }
        var text = written.normalizedSpacing
        if credit == nil { (text, credit) = CaptionCredit.split(text) }
        guard !text.isEmpty || alt != nil else { return nil }
        return FoundCaption(alt: alt, text: text, credit: credit, image: address)
    }
}
