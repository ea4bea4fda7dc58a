/// An image caption as a page (`FigureCaption`) or a scraper's record (`ScraperImages`) gives
/// it, before it has a place among the report's blocks (`Caption.blockIndex`).
struct FoundCaption: Equatable {
    var alt: String?
    /// Empty when the image has only alt text (`WebStoryBuilder` then shows the alt text).
    var text: String
    var credit: String?
    var image: String?
}
