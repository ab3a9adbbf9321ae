import OtborCLI

await OtborCommand.execute()
