public import ArgumentParser
import Foundation
import UnitedFrontExchange

/// `--to csv|csv-gb18030|json` (also `gb18030`; any case).
extension MemberExportFormat: ExpressibleByArgument {
    init?(argument: String) {
        switch argument.lowercased() {
        case "csv": self = .csv
        case "csv-gb18030", "gb18030": self = .csvGB18030
        case "json": self = .json
        default: return nil
        }
    }
}

/// `--format markdown|json` of `report` (also `md`; any case).
extension WorkReportFormat: ExpressibleByArgument {
    init?(argument: String) {
        switch argument.lowercased() {
        case "markdown", "md": self = .markdown
        case "json": self = .json
        default: return nil
        }
    }
}

/// `--headers chinese|english` (also `zh`, `en`; any case).
extension SheetHeaderLanguage: ExpressibleByArgument {
    init?(argument: String) {
        switch argument.lowercased() {
        case "chinese", "zh": self = .chinese
        case "english", "en": self = .english
        default: return nil
        }
    }
}

/// `--encoding utf8|gb18030` (also `utf-8`, `gbk`; any case).
extension SheetEncoding: ExpressibleByArgument {
    init?(argument: String) {
        switch argument.lowercased().replacingOccurrences(of: "-", with: "") {
        case "utf8": self = .utf8
        case "gb18030", "gbk": self = .gb18030
        default: return nil
        }
    }

    static var allValueStrings: [String] { ["utf8", "gb18030"] }
}
