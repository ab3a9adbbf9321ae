import OtborCLI

await OtborCommand.main()
