import CrashHarness
import Foundation

// uf-crash-writer write PATH SEED       the crash harness's child: writes to PATH until killed
// uf-crash-writer soak KILLS [SECONDS]  the long run of scripts/crash-soak.sh (see CrashSoak)
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "write":
    guard arguments.count == 3, let seed = UInt64(arguments[2]) else {
        FileHandle.standardError.write(Data("usage: uf-crash-writer write PATH SEED\n".utf8))
        exit(64)
    }
    do {
        try CrashWriter(path: arguments[1], seed: seed).run()
    } catch {
        CrashWriter.emit(.fail("\(type(of: error)): \(error)"))
        exit(2)
    }
case "soak":
    do {
        exit(try CrashSoak(arguments: Array(arguments.dropFirst())).run())
    } catch {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        exit(64)
    }
default:
    FileHandle.standardError.write(Data("usage: uf-crash-writer write PATH SEED | soak KILLS [SECONDS] [--dir DIR] [--workers N]\n".utf8))
    exit(64)
}
