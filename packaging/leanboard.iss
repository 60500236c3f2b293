; Inno Setup script: the Windows installer for the PyInstaller one-folder build.
;
; On Windows, from the repository root (Inno Setup 6.5 or newer; see the README):
;     .venv\Scripts\pyinstaller --noconfirm leanboard.spec
;     dist\LeanBoard\LeanBoard.exe --smoke-test --smoke-log smoke.log
;     iscc packaging\leanboard.iss
; The installer lands in dist\LeanBoard-<version>-setup.exe. The version is the package's own
; (leanboard/__init__.py): leanboard.spec writes it into LeanBoard.exe's version resource and
; this script reads it from there, so there is no second number to keep in step.
;
; Per-machine install into Program Files (IT installs once for every user of a ward PC). The
; install folder holds only the program: each user's data is in %APPDATA%\LeanBoard
; (leanboard/paths.py), which this installer never creates and the uninstaller never removes,
; so removing or upgrading LeanBoard keeps every board, vote and setting.
;
; Silent install for software distribution (documented in the README):
;     LeanBoard-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /SP- /LOG="C:\Temp\lb.log"
;         [/DATABASE="postgresql:///?service=leanboard"] [/LANGUAGE=fi|sv|en]
;         [/WALLBOARD=TUU-AKUUTTI] [/PDFARCHIVE="\\palvelin\leanboard\pdf"]
;         [/MERGETASKS="wallstartup"]
; Any of /DATABASE, /LANGUAGE, /WALLBOARD or /PDFARCHIVE writes the system-wide settings file
; %PROGRAMDATA%\LeanBoard\leanboard.toml (leanboard/config.py) with exactly those settings; with
; none of them an existing file is left as it is. /LANGUAGE, not /LANG: Inno Setup's own /LANG
; chooses the language of the installer itself. The task wallstartup starts the wall display
; (LeanBoard.exe wall) whenever anyone signs in on the PC (the common Startup folder).
;
; Not built or run here: this project's CI has no Windows machine. Checked against the Inno
; Setup 6.5 documentation (Setup command line parameters, {param:} constant, [Tasks],
; {commonstartup}, GetFileProductVersionString, SaveStringsToUTF8FileWithoutBOM).

#if VER < EncodeVer(6, 5, 0)
  #error Inno Setup 6.5 or newer is needed (its official Swedish translation)
#endif

#define BundleExe AddBackslash(SourcePath) + "..\dist\LeanBoard\LeanBoard.exe"
#ifndef AppVersion
  #define AppVersion GetFileProductVersionString(BundleExe)
#endif
#if TypeOf(AppVersion) != TYPE_STRING
  #error No version in dist\LeanBoard\LeanBoard.exe: build it first (pyinstaller leanboard.spec)
#elif AppVersion == ""
  #error No version in dist\LeanBoard\LeanBoard.exe: build it first (pyinstaller leanboard.spec)
#endif

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{DE106AAD-5D97-4BB2-903D-D07CF48990F4}
AppName=LeanBoard
AppVersion={#AppVersion}
AppVerName=LeanBoard {#AppVersion}
AppPublisher=LeanBoard
DefaultDirName={autopf}\LeanBoard
DefaultGroupName=LeanBoard
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Relative paths are relative to this script (packaging\).
SetupIconFile=leanboard.ico
UninstallDisplayIcon={app}\LeanBoard.exe
UninstallDisplayName=LeanBoard
OutputDir=..\dist
OutputBaseFilename=LeanBoard-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; Asks only when the Windows display language is none of the three below.
ShowLanguageDialog=auto
; A running LeanBoard (a wall PC) is closed through the Restart Manager before files change.
CloseApplications=yes

[Languages]
; Finnish first: it is the fallback when Windows speaks none of these.
Name: "fi"; MessagesFile: "compiler:Languages\Finnish.isl"
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
fi.WallShortcut=LeanBoard-seinänäyttö
sv.WallShortcut=LeanBoard väggskärm
en.WallShortcut=LeanBoard wall display
fi.WallComment=Taulu koko näytölle osaston kosketusnäytöllä
sv.WallComment=Tavlan i helskärm på avdelningens pekskärm
en.WallComment=The board full screen on the ward's touch screen
fi.WallStartup=Käynnistä seinänäyttö, kun kuka tahansa kirjautuu tälle koneelle
sv.WallStartup=Starta väggskärmen när någon loggar in på den här datorn
en.WallStartup=Start the wall display when anyone signs in on this PC
fi.BadLanguage=/LANGUAGE=%1: kieli on fi, sv tai en.
sv.BadLanguage=/LANGUAGE=%1: språket är fi, sv eller en.
en.BadLanguage=/LANGUAGE=%1: the language is fi, sv or en.
fi.SettingsNotWritten=Asetustiedostoa %1 ei voitu kirjoittaa.
sv.SettingsNotWritten=Inställningsfilen %1 kunde inte skrivas.
en.SettingsNotWritten=The settings file %1 could not be written.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "wallstartup"; Description: "{cm:WallStartup}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle: LeanBoard.exe and _internal\ (Python, Qt, and the package with
; its migrations, fonts, icons and compiled translations in leanboard\_data\).
Source: "..\dist\LeanBoard\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundle whole: files a newer PyInstaller or Qt no longer ships must not
; linger beside the new ones and be loaded by mistake.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\LeanBoard"; Filename: "{app}\LeanBoard.exe"
Name: "{autoprograms}\{cm:WallShortcut}"; Filename: "{app}\LeanBoard.exe"; Parameters: "wall"; Comment: "{cm:WallComment}"
Name: "{autodesktop}\LeanBoard"; Filename: "{app}\LeanBoard.exe"; Tasks: desktopicon
; The wall board chosen by the system settings (wall_board, /WALLBOARD=) or, without one, asked.
Name: "{commonstartup}\{cm:WallShortcut}"; Filename: "{app}\LeanBoard.exe"; Parameters: "wall"; Comment: "{cm:WallComment}"; Tasks: wallstartup

[Run]
Filename: "{app}\LeanBoard.exe"; Description: "{cm:LaunchProgram,LeanBoard}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes what [Files] and [Icons] installed and nothing
; else, which leaves %APPDATA%\LeanBoard (databases) and %PROGRAMDATA%\LeanBoard (the system
; settings) in place.

[Code]
function SettingsFile: String;
begin
  Result := ExpandConstant('{commonappdata}\LeanBoard\leanboard.toml');
end;

{ A TOML string: a literal string ('D:\Arkisto' needs no escapes) unless it holds a quote. }
function TomlString(Value: String): String;
begin
  if Pos('''', Value) = 0 then
    Result := '''' + Value + ''''
  else begin
    StringChangeEx(Value, '\', '\\', True);
    StringChangeEx(Value, '"', '\"', True);
    Result := '"' + Value + '"';
  end;
end;

function InitializeSetup: Boolean;
var
  Language: String;
begin
  Result := True;
  Language := ExpandConstant('{param:LANGUAGE|}');
  if (Language <> '') and (Language <> 'fi') and (Language <> 'sv') and (Language <> 'en') then
  begin
    { Refused before anything is installed; a silent install ends with exit code 1. }
    Log(FmtMessage(CustomMessage('BadLanguage'), [Language]));
    SuppressibleMsgBox(FmtMessage(CustomMessage('BadLanguage'), [Language]), mbCriticalError, MB_OK, IDOK);
    Result := False;
  end;
end;

procedure AddSetting(var Lines: TArrayOfString; Key, Parameter: String);
var
  Value: String;
begin
  Value := ExpandConstant('{param:' + Parameter + '|}');
  if Value <> '' then
  begin
    SetArrayLength(Lines, GetArrayLength(Lines) + 1);
    Lines[GetArrayLength(Lines) - 1] := Key + ' = ' + TomlString(Value);
  end;
end;

{ The system settings file, from /DATABASE=, /LANGUAGE=, /WALLBOARD=, /PDFARCHIVE=. }
procedure WriteSystemSettings;
var
  Lines: TArrayOfString;
begin
  SetArrayLength(Lines, 1);
  Lines[0] := '# Written by the LeanBoard installer. Settings: see leanboard config show.';
  AddSetting(Lines, 'database', 'DATABASE');
  AddSetting(Lines, 'language', 'LANGUAGE');
  AddSetting(Lines, 'wall_board', 'WALLBOARD');
  AddSetting(Lines, 'pdf_archive', 'PDFARCHIVE');
  if GetArrayLength(Lines) = 1 then
    exit;  { no setting given: an existing file stays as it is }
  ForceDirectories(ExtractFileDir(SettingsFile));
  if SaveStringsToUTF8FileWithoutBOM(SettingsFile, Lines, False) then
    Log('Wrote ' + SettingsFile)
  else
    SuppressibleMsgBox(FmtMessage(CustomMessage('SettingsNotWritten'), [SettingsFile]), mbError, MB_OK, IDOK);
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then
    WriteSystemSettings;
end;
