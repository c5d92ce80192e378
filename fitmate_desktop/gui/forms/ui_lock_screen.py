# GENERATED from ui/lock_screen.ui — do not edit; run `make forms` to regenerate.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from fitmate_desktop.gui.widgets.spinner import Spinner

class Ui_LockScreen(object):
    def setupUi(self, LockScreen):
        if not LockScreen.objectName():
            LockScreen.setObjectName(u"LockScreen")
        LockScreen.resize(900, 640)
        self.outerLayout = QVBoxLayout(LockScreen)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(24, 24, 24, 18)
        self.topSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.topSpacer)

        self.centerRow = QHBoxLayout()
        self.centerRow.setObjectName(u"centerRow")
        self.leftSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centerRow.addItem(self.leftSpacer)

        self.lockCard = QFrame(LockScreen)
        self.lockCard.setObjectName(u"lockCard")
        self.lockCard.setMinimumSize(QSize(380, 0))
        self.lockCard.setMaximumSize(QSize(420, 16777215))
        self.cardLayout = QVBoxLayout(self.lockCard)
        self.cardLayout.setSpacing(4)
        self.cardLayout.setObjectName(u"cardLayout")
        self.cardLayout.setContentsMargins(36, 28, 36, 20)
        self.lockIcon = QLabel(self.lockCard)
        self.lockIcon.setObjectName(u"lockIcon")
        self.lockIcon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lockIcon.setMinimumSize(QSize(56, 56))

        self.cardLayout.addWidget(self.lockIcon)

        self.titleLabel = QLabel(self.lockCard)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.titleLabel.setProperty(u"role", u"h1")

        self.cardLayout.addWidget(self.titleLabel)

        self.messageLabel = QLabel(self.lockCard)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.cardLayout.addWidget(self.messageLabel)

        self.spacer22 = QSpacerItem(20, 12, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.cardLayout.addItem(self.spacer22)

        self.passwordBox = QWidget(self.lockCard)
        self.passwordBox.setObjectName(u"passwordBox")
        self.passwordBoxLayout = QVBoxLayout(self.passwordBox)
        self.passwordBoxLayout.setSpacing(4)
        self.passwordBoxLayout.setObjectName(u"passwordBoxLayout")
        self.passwordBoxLayout.setContentsMargins(0, 0, 0, 0)
        self.passwordLabel = QLabel(self.passwordBox)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.passwordBoxLayout.addWidget(self.passwordLabel)

        self.passwordEdit = QLineEdit(self.passwordBox)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passwordEdit.setProperty(u"field", True)

        self.passwordBoxLayout.addWidget(self.passwordEdit)

        self.passwordError = QLabel(self.passwordBox)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setWordWrap(True)
        self.passwordError.setProperty(u"role", u"fieldError")

        self.passwordBoxLayout.addWidget(self.passwordError)

        self.spacer23 = QSpacerItem(20, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.passwordBoxLayout.addItem(self.spacer23)

        self.unlockButton = QPushButton(self.passwordBox)
        self.unlockButton.setObjectName(u"unlockButton")
        self.unlockButton.setProperty(u"primary", True)

        self.passwordBoxLayout.addWidget(self.unlockButton)


        self.cardLayout.addWidget(self.passwordBox)

        self.busyRow = QWidget(self.lockCard)
        self.busyRow.setObjectName(u"busyRow")
        self.busyLayout = QHBoxLayout(self.busyRow)
        self.busyLayout.setObjectName(u"busyLayout")
        self.busyLayout.setContentsMargins(0, 4, 0, 0)
        self.spacer1 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.busyLayout.addItem(self.spacer1)

        self.busySpinner = Spinner(self.busyRow)
        self.busySpinner.setObjectName(u"busySpinner")

        self.busyLayout.addWidget(self.busySpinner)

        self.busyLabel = QLabel(self.busyRow)
        self.busyLabel.setObjectName(u"busyLabel")
        self.busyLabel.setProperty(u"role", u"muted")

        self.busyLayout.addWidget(self.busyLabel)

        self.spacer2 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.busyLayout.addItem(self.spacer2)


        self.cardLayout.addWidget(self.busyRow)

        self.spacer24 = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.cardLayout.addItem(self.spacer24)

        self.signOutRow = QHBoxLayout()
        self.signOutRow.setObjectName(u"signOutRow")
        self.spacer25 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.signOutRow.addItem(self.spacer25)

        self.signOutButton = QPushButton(self.lockCard)
        self.signOutButton.setObjectName(u"signOutButton")
        self.signOutButton.setFlat(True)
        self.signOutButton.setProperty(u"link", True)

        self.signOutRow.addWidget(self.signOutButton)

        self.spacer26 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.signOutRow.addItem(self.spacer26)


        self.cardLayout.addLayout(self.signOutRow)


        self.centerRow.addWidget(self.lockCard)

        self.rightSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centerRow.addItem(self.rightSpacer)


        self.outerLayout.addLayout(self.centerRow)

        self.bottomSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

        self.deskLabel = QLabel(LockScreen)
        self.deskLabel.setObjectName(u"deskLabel")
        self.deskLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.deskLabel.setProperty(u"role", u"muted")

        self.outerLayout.addWidget(self.deskLabel)

#if QT_CONFIG(shortcut)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passwordEdit, self.unlockButton)
        QWidget.setTabOrder(self.unlockButton, self.signOutButton)

        self.retranslateUi(LockScreen)

        QMetaObject.connectSlotsByName(LockScreen)
    # setupUi

    def retranslateUi(self, LockScreen):
        LockScreen.setWindowTitle(QCoreApplication.translate("LockScreen", u"FitMate \u2014 Locked", None))
        self.titleLabel.setText(QCoreApplication.translate("LockScreen", u"Locked", None))
        self.messageLabel.setText(QCoreApplication.translate("LockScreen", u"Enter your password to continue.", None))
        self.passwordLabel.setText(QCoreApplication.translate("LockScreen", u"&Password", None))
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("LockScreen", u"Your password", None))
        self.unlockButton.setText(QCoreApplication.translate("LockScreen", u"Unlock", None))
        self.busyLabel.setText(QCoreApplication.translate("LockScreen", u"Checking\u2026", None))
        self.signOutButton.setText(QCoreApplication.translate("LockScreen", u"Sign out", None))
    # retranslateUi
