"""The Microsoft Teams app package: manifest.json plus colour and outline icons, zipped for upload."""
