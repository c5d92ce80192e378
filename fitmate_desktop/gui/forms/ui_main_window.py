# GENERATED from ui/main_window.ui — do not edit; run `make forms` to regenerate.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QHBoxLayout,
    QLabel, QListWidget, QListWidgetItem, QMainWindow,
    QMenu, QMenuBar, QPushButton, QSizePolicy,
    QStackedWidget, QStatusBar, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 760)
        MainWindow.setMinimumSize(QSize(960, 600))
        self.actionSignOut = QAction(MainWindow)
        self.actionSignOut.setObjectName(u"actionSignOut")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionQuit.setMenuRole(QAction.MenuRole.QuitRole)
        self.actionFocusHome = QAction(MainWindow)
        self.actionFocusHome.setObjectName(u"actionFocusHome")
        self.actionFocusHome.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.actionAbout.setMenuRole(QAction.MenuRole.AboutRole)
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.banner = QFrame(self.centralWidget)
        self.banner.setObjectName(u"banner")
        self.bannerLayout = QHBoxLayout(self.banner)
        self.bannerLayout.setSpacing(10)
        self.bannerLayout.setObjectName(u"bannerLayout")
        self.bannerLayout.setContentsMargins(16, 8, 16, 8)
        self.bannerIcon = QLabel(self.banner)
        self.bannerIcon.setObjectName(u"bannerIcon")
        self.bannerIcon.setMinimumSize(QSize(20, 20))

        self.bannerLayout.addWidget(self.bannerIcon)

        self.bannerLabel = QLabel(self.banner)
        self.bannerLabel.setObjectName(u"bannerLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.bannerLabel.sizePolicy().hasHeightForWidth())
        self.bannerLabel.setSizePolicy(sizePolicy)
        self.bannerLabel.setWordWrap(True)

        self.bannerLayout.addWidget(self.bannerLabel)


        self.centralLayout.addWidget(self.banner)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(0)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.navFrame = QFrame(self.centralWidget)
        self.navFrame.setObjectName(u"navFrame")
        self.navFrame.setMinimumSize(QSize(210, 0))
        self.navFrame.setMaximumSize(QSize(210, 16777215))
        self.navLayout = QVBoxLayout(self.navFrame)
        self.navLayout.setSpacing(0)
        self.navLayout.setObjectName(u"navLayout")
        self.navLayout.setContentsMargins(0, 0, 1, 0)
        self.navList = QListWidget(self.navFrame)
        self.navList.setObjectName(u"navList")
        self.navList.setFrameShape(QFrame.Shape.NoFrame)
        self.navList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navList.setIconSize(QSize(20, 20))
        self.navList.setUniformItemSizes(True)

        self.navLayout.addWidget(self.navList)

        self.userBox = QWidget(self.navFrame)
        self.userBox.setObjectName(u"userBox")
        self.userBoxLayout = QGridLayout(self.userBox)
        self.userBoxLayout.setObjectName(u"userBoxLayout")
        self.userBoxLayout.setHorizontalSpacing(8)
        self.userBoxLayout.setVerticalSpacing(2)
        self.userBoxLayout.setContentsMargins(16, 10, 12, 14)
        self.navUserIcon = QLabel(self.userBox)
        self.navUserIcon.setObjectName(u"navUserIcon")
        self.navUserIcon.setMinimumSize(QSize(28, 28))

        self.userBoxLayout.addWidget(self.navUserIcon, 0, 0, 2, 1)

        self.navUserLabel = QLabel(self.userBox)
        self.navUserLabel.setObjectName(u"navUserLabel")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.navUserLabel.sizePolicy().hasHeightForWidth())
        self.navUserLabel.setSizePolicy(sizePolicy1)

        self.userBoxLayout.addWidget(self.navUserLabel, 0, 1, 1, 1)

        self.navRoleLabel = QLabel(self.userBox)
        self.navRoleLabel.setObjectName(u"navRoleLabel")
        sizePolicy1.setHeightForWidth(self.navRoleLabel.sizePolicy().hasHeightForWidth())
        self.navRoleLabel.setSizePolicy(sizePolicy1)
        self.navRoleLabel.setProperty(u"role", u"muted")

        self.userBoxLayout.addWidget(self.navRoleLabel, 1, 1, 1, 1)

        self.signOutButton = QPushButton(self.userBox)
        self.signOutButton.setObjectName(u"signOutButton")

        self.userBoxLayout.addWidget(self.signOutButton, 2, 0, 1, 2)


        self.navLayout.addWidget(self.userBox)


        self.bodyLayout.addWidget(self.navFrame)

        self.panelStack = QStackedWidget(self.centralWidget)
        self.panelStack.setObjectName(u"panelStack")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(1)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.panelStack.sizePolicy().hasHeightForWidth())
        self.panelStack.setSizePolicy(sizePolicy2)

        self.bodyLayout.addWidget(self.panelStack)


        self.centralLayout.addLayout(self.bodyLayout)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFitMate = QMenu(self.menuBar)
        self.menuFitMate.setObjectName(u"menuFitMate")
        self.menuGo = QMenu(self.menuBar)
        self.menuGo.setObjectName(u"menuGo")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        self.statusBar.setSizeGripEnabled(False)
        MainWindow.setStatusBar(self.statusBar)
        QWidget.setTabOrder(self.navList, self.signOutButton)

        self.menuBar.addAction(self.menuFitMate.menuAction())
        self.menuBar.addAction(self.menuGo.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuFitMate.addAction(self.actionSignOut)
        self.menuFitMate.addSeparator()
        self.menuFitMate.addAction(self.actionQuit)
        self.menuGo.addAction(self.actionFocusHome)
        self.menuGo.addSeparator()
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"FitMate", None))
        self.actionSignOut.setText(QCoreApplication.translate("MainWindow", u"&Sign out", None))
#if QT_CONFIG(shortcut)
        self.actionSignOut.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+L", None))
#endif // QT_CONFIG(shortcut)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionFocusHome.setText(QCoreApplication.translate("MainWindow", u"&Home (first panel)", None))
#if QT_CONFIG(shortcut)
        self.actionFocusHome.setShortcut(QCoreApplication.translate("MainWindow", u"F2", None))
#endif // QT_CONFIG(shortcut)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About FitMate", None))
#if QT_CONFIG(accessibility)
        self.banner.setAccessibleName(QCoreApplication.translate("MainWindow", u"Connection warning", None))
#endif // QT_CONFIG(accessibility)
        self.bannerLabel.setText(QCoreApplication.translate("MainWindow", u"Connection to the database lost \u2014 reconnecting\u2026 What you typed is kept.", None))
#if QT_CONFIG(accessibility)
        self.navList.setAccessibleName(QCoreApplication.translate("MainWindow", u"Navigation", None))
#endif // QT_CONFIG(accessibility)
        self.signOutButton.setText(QCoreApplication.translate("MainWindow", u"Sign out", None))
        self.menuFitMate.setTitle(QCoreApplication.translate("MainWindow", u"&FitMate", None))
        self.menuGo.setTitle(QCoreApplication.translate("MainWindow", u"&Go", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi
