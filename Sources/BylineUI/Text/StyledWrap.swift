import BylineCore

extension StyledLine {
    /// The line wrapped to `width` cells like `TextLine.wrap`, styles kept; lines after the
    /// first start with `indent`. At most `maxLines` lines, the last ending in `…` when cut.
    public func wrapped(width: Int, indent: String = "", maxLines: Int = .max) -> [StyledLine] {
        let plain = text
        let line = TextLine(plain)
        var styleOfCluster: [Int] = []
        styleOfCluster.reserveCapacity(line.count)
        var scalarRunEnds: [Int] = []
        var total = 0
        for run in runs {
            total += run.text.unicodeScalars.count
            scalarRunEnds.append(total)
        }
        var r = 0
        for i in 0..<line.count {
            let start = line.scalarStarts[i]
            while r < scalarRunEnds.count - 1, start >= scalarRunEnds[r] { r += 1 }
            styleOfCluster.append(r)
        }
        let indentWidth = indent.count
        var out: [StyledLine] = []
        var start = 0
        var first = true
        // Wrap the first line at `width`, the rest at `width - indent`.
        while start < line.count || first {
            let avail = max(1, first ? width : width - indentWidth)
            let rest = TextLine(line.text(start..<line.count))
            guard let range = rest.wrap(width: avail).first else { break }
            var styled = StyledLine()
            if !first { styled.append(indent) }
            var i = range.lowerBound
            while i < range.upperBound {
                let run = styleOfCluster[start + i]
                var j = i
                while j < range.upperBound, styleOfCluster[start + j] == run { j += 1 }
                styled.append(line.text((start + i)..<(start + j)), runs[run].style, link: runs[run].link)
                i = j
            }
            out.append(styled)
            first = false
            var next = start + max(range.upperBound, 1)
            while next < line.count, line.clusters[next] == " " { next += 1 }
            if range.isEmpty { break }
            start = next
            if out.count == maxLines, start < line.count {
                out[out.count - 1] = StyledLine(out[out.count - 1].runs + [Run("…", runs.last?.style ?? .plain)]).truncated(to: width)
                if !out[out.count - 1].text.hasSuffix("…") {
                    out[out.count - 1].append("…")
                }
                break
            }
        }
        return out.isEmpty ? [StyledLine()] : out
    }
}
