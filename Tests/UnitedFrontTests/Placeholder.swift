import Testing
@testable import UnitedFront
