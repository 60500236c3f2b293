; Inno Setup script: the Windows installer for the PyInstaller one-folder build.
;
; On Windows, from the repository root (Inno Setup 6.5 or newer; see the README):
;     .venv\Scripts\python packaging\build_forms.py
;     .venv\Scripts\pyinstaller --noconfirm leanboard.spec
;     dist\LeanBoard\LeanBoard.exe --smoke-test --smoke-log smoke.log
;     iscc packaging\leanboard.iss            (or: iscc /DAppVersion=0.2.0 packaging\leanboard.iss)
; The installer lands in dist\LeanBoard-<version>-setup.exe.
;
; Per-machine install into Program Files (IT installs once for every user of a ward PC). The
; install folder holds only the program: each user's data is in %APPDATA%\LeanBoard
; (leanboard/paths.py), which this installer never creates and the uninstaller never removes,
; so removing or upgrading LeanBoard keeps every board, vote and setting.

#if VER < EncodeVer(6, 5, 0)
  #error Inno Setup 6.5 or newer is needed (its official Swedish translation)
#endif

#ifndef AppVersion
  ; Keep in step with leanboard/__init__.py (__version__).
  #define AppVersion "0.1.0"
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

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle: LeanBoard.exe and _internal\ (Python, Qt, migrations, fonts).
Source: "..\dist\LeanBoard\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundle whole: files a newer PyInstaller or Qt no longer ships must not
; linger beside the new ones and be loaded by mistake.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\LeanBoard"; Filename: "{app}\LeanBoard.exe"
Name: "{autoprograms}\{cm:WallShortcut}"; Filename: "{app}\LeanBoard.exe"; Parameters: "wall"; Comment: "{cm:WallComment}"
Name: "{autodesktop}\LeanBoard"; Filename: "{app}\LeanBoard.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\LeanBoard.exe"; Description: "{cm:LaunchProgram,LeanBoard}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes what [Files] installed and nothing else, which
; leaves %APPDATA%\LeanBoard (databases, settings) in place.
