// UnitedFrontExchange: CSV and JSON import and export of member sheets.
