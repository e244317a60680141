import Foundation

/// The benchmark's table for people.
enum ReportTable {
    static func f(_ v: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", v) }

    static func header(_ report: Report) -> String {
        var s = "DebateMap benchmark — \(report.machine)\n"
        if let list = report.listProcessSeconds { s += "debatemap list (seed corpus), process start to exit: \(f(list * 1000)) ms\n" }
        if let list = report.listStaticProcessSeconds {
            s += "  the same, self-contained binary (--static-swift-stdlib): \(f(list * 1000)) ms\n"
        } else {
            s += "  the same, self-contained binary: not built (scripts/static.sh builds it)\n"
        }
        if let empty = report.emptyProcessSeconds { s += "  /bin/true, the floor of a process here: \(f(empty * 1000)) ms\n" }
        if let first = report.firstScreenProcessSeconds { s += "first screen (seed corpus), process start to exit: \(f(first * 1000)) ms\n" }
        s += "\n" + [
            "claims".padding(toLength: 9, withPad: " ", startingAt: 0), "maps MB", "read MB/s", "parse MB/s", "all cores", "JSON MB/s",
            "×read", "×JSON", "all ×JSON", "load s", "1st screen ms", "peak MB", "B/claim",
        ].joined(separator: "  ")
        return s
    }

    static func row(_ x: Figures) -> String {
        [
            String(x.claims).padding(toLength: 9, withPad: " ", startingAt: 0),
            f(Double(x.mapBytes) / 1e6).leftPad(7), f(x.readMBps, 0).leftPad(9), f(x.parseMBps, 0).leftPad(10),
            f(x.parseAllCoresMBps, 0).leftPad(9), f(x.jsonDecodeMBps, 0).leftPad(9), f(x.parseToReadRatio, 2).leftPad(5),
            f(x.parseToJSONRatio, 1).leftPad(5), f(x.parseAllCoresToJSONRatio, 1).leftPad(9),
            f(x.loadSeconds, 3).leftPad(6), f(x.firstScreenSeconds * 1000, 2).leftPad(13),
            f(Double(x.peakResidentBytes) / 1e6, 0).leftPad(7), f(x.bytesPerClaim, 0).leftPad(7),
        ].joined(separator: "  ")
    }

    static func importFolder(_ x: ImportFolderFigures) -> String {
        "a folder of \(x.files) generated AIF nodesets (\(x.claims) claims, \(x.positions) positions): load \(f(x.loadSeconds, 3)) s, "
            + "JSON export \(f(x.jsonExportSeconds, 3)) s, \(f(Double(x.jsonBytes) / 1e6, 2)) MB\n"
    }

    static func keypressTable(_ report: Report) -> String {
        let actions = ["move", "fold", "expand-all", "jump", "back", "search", "search-count", "search-step", "search-open"]
        var s = "\nper keypress, update + render at 80×24, ms (p50 / p99; search-count: keystroke to count shown;"
        s += " search-step: one slice between keys, median / max; search-open: median / max of 5)\n"
        s += "claims".padding(toLength: 9, withPad: " ", startingAt: 0) + actions.map { $0.leftPad(18) }.joined()
        for x in report.sizes {
            s += "\n" + String(x.claims).padding(toLength: 9, withPad: " ", startingAt: 0)
            for a in actions {
                let l = x.keypress[a]
                s += (l.map { "\(f($0.p50, 3)) / \(f($0.p99, 3))" } ?? "—").leftPad(18)
            }
        }
        return s + "\n"
    }
}

extension String {
    func leftPad(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
